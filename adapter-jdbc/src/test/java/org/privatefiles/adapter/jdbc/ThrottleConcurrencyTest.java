package org.privatefiles.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.port.out.ThrottleStore;
import org.privatefiles.domain.throttle.ThrottleWindow;

/** The throttle store under 32 racing threads in one JVM, with the org and user windows of a request. */
abstract class ThrottleConcurrencyTest {
    static final int THREADS = 32;

    abstract JdbcPersistence persistence();

    @Test
    void thirty_two_threads_on_fresh_org_and_user_windows_admit_exactly_the_smaller_limit_in_every_round() throws Exception {
        ThrottleStore store = persistence().throttle();
        for (int round = 0; round < 5; round++) {
            String suffix = UUID.randomUUID().toString();
            ThrottleWindow org = new ThrottleWindow("org:" + suffix + ":read", 60, Duration.ofHours(24));
            ThrottleWindow user = new ThrottleWindow("user:" + suffix + ":read", 45, Duration.ofHours(1));
            Instant now = Instant.parse("2101-01-01T00:00:00Z").plusSeconds(round);

            int admitted = race(THREADS * 4, () -> store.tryAcquire(List.of(org, user), now).admitted());

            assertThat(admitted).as("round %d", round).isEqualTo(45);
            assertThat(store.peek(List.of(org), now).primary().used()).isEqualTo(46);
        }
    }

    interface Attempt {
        boolean admitted();
    }

    /** Fires {@code attempts} attempts from {@value #THREADS} threads released together; answers how many were admitted. */
    static int race(int attempts, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int share = attempts / THREADS + (t < attempts % THREADS ? 1 : 0);
                results.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    int admitted = 0;
                    for (int i = 0; i < share; i++) {
                        if (attempt.admitted()) {
                            admitted++;
                        }
                    }
                    return admitted;
                }));
            }
            assertThat(ready.await(2, TimeUnit.MINUTES)).isTrue();
            start.countDown();
            int admitted = 0;
            for (Future<Integer> result : results) {
                admitted += result.get(5, TimeUnit.MINUTES);
            }
            return admitted;
        } finally {
            pool.shutdownNow();
        }
    }
}
