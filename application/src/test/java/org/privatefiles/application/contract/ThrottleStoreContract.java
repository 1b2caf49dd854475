package org.privatefiles.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.port.out.ThrottleStore;
import org.privatefiles.domain.throttle.ThrottleDecision;
import org.privatefiles.domain.throttle.ThrottlePolicy;
import org.privatefiles.domain.throttle.ThrottleWindow;
import org.privatefiles.domain.throttle.WindowVerdict;

/**
 * Contract: what every {@link ThrottleStore} adapter does. Time is given explicitly. Every test
 * uses its own keys and instants far in the future (so that a real sweep, which forgets instants
 * older than a day, cannot touch them), except the forgetting test, which uses instants far in
 * the past; the store may be shared with other tests and runs.
 */
public abstract class ThrottleStoreContract {
    private static final Duration HOUR = Duration.ofHours(1);

    /** The store under test; called several times per test, it must return the same store within a test. */
    protected abstract ThrottleStore store();

    @Test
    void admits_exactly_the_limit_of_attempts_within_a_window() {
        ThrottleWindow window = window(5, HOUR);
        Instant t0 = futureInstant();

        List<Boolean> admitted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            admitted.add(store().tryAcquire(List.of(window), t0.plusSeconds(i)).admitted());
        }

        assertThat(admitted).containsExactly(true, true, true, true, true, false, false, false);
    }

    @Test
    void admitted_verdicts_count_the_attempt_itself() {
        ThrottleWindow window = window(3, HOUR);
        Instant t0 = futureInstant();

        List<Integer> used = new ArrayList<>();
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            WindowVerdict verdict = store().tryAcquire(List.of(window), t0.plusSeconds(i)).primary();
            used.add(verdict.used());
            remaining.add(verdict.remaining());
        }

        assertThat(used).containsExactly(1, 2, 3, 3);
        assertThat(remaining).containsExactly(2, 1, 0, 0);
    }

    @Test
    void refused_attempts_are_not_counted() {
        ThrottleWindow window = window(3, HOUR);
        Instant t0 = futureInstant();
        for (int i = 0; i < 3; i++) {
            assertThat(store().tryAcquire(List.of(window), t0.plusSeconds(i)).admitted()).isTrue();
        }
        for (int i = 1; i <= 5; i++) {
            assertThat(store().tryAcquire(List.of(window), t0.plus(Duration.ofMinutes(10L * i))).admitted()).isFalse();
        }

        // Once the window has rolled past the three admitted attempts, three more fit although
        // the refused ones are still inside it.
        Instant later = t0.plus(HOUR).plusSeconds(2);
        List<Boolean> admitted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            admitted.add(store().tryAcquire(List.of(window), later.plusMillis(i)).admitted());
        }

        assertThat(admitted).containsExactly(true, true, true, false);
    }

    @Test
    void two_windows_are_admitted_together_or_not_at_all() {
        ThrottleWindow wide = window(10, Duration.ofHours(24));
        ThrottleWindow narrow = window(2, HOUR);
        Instant t0 = futureInstant();

        List<Boolean> admitted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            admitted.add(store().tryAcquire(List.of(wide, narrow), t0.plusSeconds(i)).admitted());
        }

        assertThat(admitted).containsExactly(true, true, false, false);
        Instant now = t0.plusSeconds(10);
        assertThat(store().peek(List.of(wide), now).primary().used()).as("the wide window counted only joint admissions")
                .isEqualTo(3);
        assertThat(store().tryAcquire(List.of(wide), now).primary().used()).isEqualTo(3);
    }

    @Test
    void a_refusal_by_the_first_window_leaves_the_second_untouched() {
        ThrottleWindow full = window(1, HOUR);
        ThrottleWindow other = window(10, HOUR);
        Instant t0 = futureInstant();
        assertThat(store().tryAcquire(List.of(full), t0).admitted()).isTrue();

        ThrottleDecision refused = store().tryAcquire(List.of(full, other), t0.plusSeconds(1));

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.verdicts()).extracting(WindowVerdict::admits).containsExactly(false, true);
        assertThat(store().peek(List.of(other), t0.plusSeconds(2)).primary().used()).isEqualTo(1);
    }

    @Test
    void peek_records_nothing() {
        ThrottleWindow window = window(3, HOUR);
        Instant t0 = futureInstant();

        for (int i = 0; i < 10; i++) {
            ThrottleDecision peeked = store().peek(List.of(window), t0.plusSeconds(i));
            assertThat(peeked).isEqualTo(new ThrottleDecision(List.of(ThrottlePolicy.evaluate(window, List.of(), t0.plusSeconds(i)))));
        }
        List<Boolean> admitted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            admitted.add(store().tryAcquire(List.of(window), t0.plusSeconds(20 + i)).admitted());
        }

        assertThat(admitted).containsExactly(true, true, true, false);
    }

    @Test
    void peek_sees_what_try_acquire_recorded() {
        ThrottleWindow window = window(2, HOUR);
        Instant t0 = futureInstant();
        store().tryAcquire(List.of(window), t0);
        store().tryAcquire(List.of(window), t0.plusSeconds(1));

        ThrottleDecision peeked = store().peek(List.of(window), t0.plusSeconds(2));

        assertThat(peeked.admitted()).isFalse();
        assertThat(peeked).isEqualTo(new ThrottleDecision(List.of(
                ThrottlePolicy.evaluate(window, List.of(t0, t0.plusSeconds(1)), t0.plusSeconds(2)))));
    }

    @Test
    void an_admission_exactly_one_window_length_old_no_longer_counts() {
        ThrottleWindow window = window(1, HOUR);
        Instant t0 = futureInstant();
        assertThat(store().tryAcquire(List.of(window), t0).admitted()).isTrue();

        assertThat(store().tryAcquire(List.of(window), t0.plus(HOUR).minus(1, ChronoUnit.MICROS)).admitted()).isFalse();
        assertThat(store().tryAcquire(List.of(window), t0.plus(HOUR)).admitted()).isTrue();
    }

    @Test
    void verdicts_and_retry_after_are_what_the_throttle_policy_computes() {
        ThrottleWindow window = window(3, HOUR);
        Instant t0 = futureInstant();
        List<Instant> admitted = List.of(t0, t0.plus(Duration.ofMinutes(10)).plusNanos(250_000), t0.plus(Duration.ofMinutes(20)));
        for (Instant at : admitted) {
            ThrottleDecision decision = store().tryAcquire(List.of(window), at);
            List<Instant> earlier = admitted.subList(0, admitted.indexOf(at));
            assertThat(decision).isEqualTo(new ThrottleDecision(List.of(ThrottlePolicy.evaluate(window, earlier, at))));
        }
        Instant now = t0.plus(Duration.ofMinutes(30)).plusNanos(123_000);

        ThrottleDecision refused = store().tryAcquire(List.of(window), now);

        assertThat(refused).isEqualTo(new ThrottleDecision(List.of(ThrottlePolicy.evaluate(window, admitted, now))));
        assertThat(refused.primary().availableAt()).isEqualTo(t0.plus(HOUR));
        assertThat(refused.retryAfterSeconds()).isEqualTo(ThrottlePolicy.secondsUntil(now, t0.plus(HOUR))).isEqualTo(1800);
    }

    @Test
    void a_window_with_limit_zero_refuses_everything() {
        ThrottleWindow window = window(0, HOUR);
        Instant t0 = futureInstant();

        ThrottleDecision decision = store().tryAcquire(List.of(window), t0);

        assertThat(decision).isEqualTo(new ThrottleDecision(List.of(ThrottlePolicy.evaluate(window, List.of(), t0))));
        assertThat(decision.admitted()).isFalse();
    }

    @Test
    void keys_count_independently() {
        ThrottleWindow first = window(1, HOUR);
        ThrottleWindow second = window(1, HOUR);
        Instant t0 = futureInstant();

        assertThat(store().tryAcquire(List.of(first), t0).admitted()).isTrue();
        assertThat(store().tryAcquire(List.of(second), t0).admitted()).isTrue();
        assertThat(store().tryAcquire(List.of(first), t0.plusSeconds(1)).admitted()).isFalse();
    }

    @Test
    void forget_before_removes_the_instants_older_than_the_cutoff() {
        ThrottleWindow window = window(2, Duration.ofDays(3650));
        Instant old = pastInstant();
        Instant recent = old.plus(Duration.ofHours(2));
        store().tryAcquire(List.of(window), old);
        store().tryAcquire(List.of(window), recent);
        Instant now = recent.plusSeconds(1);
        assertThat(store().peek(List.of(window), now).admitted()).isFalse();

        int forgotten = store().forgetBefore(old.plus(HOUR));

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(store().peek(List.of(window), now))
                .isEqualTo(new ThrottleDecision(List.of(ThrottlePolicy.evaluate(window, List.of(recent), now))));
    }

    @Test
    void racing_threads_on_one_key_admit_exactly_the_limit() throws Exception {
        int limit = 40;
        int attempts = 200;
        ThrottleWindow window = window(limit, HOUR);
        Instant now = futureInstant();

        int admitted = race(attempts, () -> store().tryAcquire(List.of(window), now).admitted());

        assertThat(admitted).isEqualTo(limit);
        WindowVerdict after = store().peek(List.of(window), now).primary();
        assertThat(after.admits()).isFalse();
        assertThat(after.used()).isEqualTo(limit);
    }

    @Test
    void racing_threads_over_two_windows_admit_the_smaller_limit_and_count_it_in_both() throws Exception {
        ThrottleWindow narrow = window(25, HOUR);
        ThrottleWindow wide = window(1000, Duration.ofHours(24));
        Instant now = futureInstant();

        int admitted = race(120, () -> store().tryAcquire(List.of(wide, narrow), now).admitted());

        assertThat(admitted).isEqualTo(25);
        assertThat(store().peek(List.of(wide), now).primary().used()).isEqualTo(26);
        assertThat(store().peek(List.of(narrow), now).primary().used()).isEqualTo(25);
    }

    @Test
    void on_a_clock_that_moves_forward_at_random_every_decision_is_what_the_policy_says_of_every_admission_so_far() {
        ThrottleWindow org = window(12, HOUR);
        ThrottleWindow user = window(5, Duration.ofMinutes(10));
        List<ThrottleWindow> both = List.of(org, user);
        Random random = new Random(ThreadLocalRandom.current().nextLong());
        Instant now = futureInstant();
        List<Instant> admittedOrg = new ArrayList<>();
        List<Instant> admittedUser = new ArrayList<>();

        for (int step = 0; step < 300; step++) {
            now = now.plus(random.nextInt(4) == 0 ? 0 : random.nextInt(240_000_000), ChronoUnit.MICROS);
            List<ThrottleWindow> windows = random.nextBoolean() ? both : List.of(org);
            Instant at = now;
            ThrottleDecision expected = new ThrottleDecision(windows.stream()
                    .map(w -> ThrottlePolicy.evaluate(w, w == org ? admittedOrg : admittedUser, at)).toList());

            ThrottleDecision decided = store().tryAcquire(windows, at);

            assertThat(decided).as("step %d at %s", step, at).isEqualTo(expected);
            if (decided.admitted()) {
                admittedOrg.add(now);
                if (windows.size() == 2) {
                    admittedUser.add(now);
                }
            }
        }
        assertThat(admittedOrg).as("the run filled the window and let it roll").hasSizeGreaterThan(24);
    }

    // ---- helpers ----

    private interface Attempt {
        boolean admitted();
    }

    /** Runs {@code attempts} attempts from 16 threads released at once; returns how many were admitted. */
    private static int race(int attempts, Attempt attempt) throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger next = new AtomicInteger();
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    int admitted = 0;
                    while (next.getAndIncrement() < attempts) {
                        if (attempt.admitted()) {
                            admitted++;
                        }
                    }
                    return admitted;
                }));
            }
            ready.await();
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

    /** A window under a key no other test or run uses. */
    protected static ThrottleWindow window(int limit, Duration length) {
        return new ThrottleWindow("contract:" + Unique.suffix(), limit, length);
    }

    /** An instant, to the microsecond, somewhere in 2100-2110: later than anything a real sweep forgets. */
    protected static Instant futureInstant() {
        return randomInstant(Instant.parse("2100-01-01T00:00:00Z"));
    }

    /** An instant, to the microsecond, somewhere in 1990-2000. */
    protected static Instant pastInstant() {
        return randomInstant(Instant.parse("1990-01-01T00:00:00Z"));
    }

    private static Instant randomInstant(Instant from) {
        long micros = ThreadLocalRandom.current().nextLong(10L * 365 * 24 * 3600 * 1_000_000);
        return from.plus(micros, ChronoUnit.MICROS);
    }
}
