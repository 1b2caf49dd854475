package org.privatefiles.adapter.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.privatefiles.domain.throttle.ThrottleWindow;

/**
 * A separate JVM for {@link PostgresThrottleAcrossProcessesTest}: opens the adapter on the given
 * database, readies its threads and prints {@code READY}, waits for the go file, lets every thread
 * fire its attempts at one window, then prints {@code ADMITTED <n>}.
 * Arguments: url, window key, limit, threads, attempts per thread, instant, go file.
 */
public final class ThrottleWorkerMain {
    private static final long MAX_WAIT_SECONDS = 120;

    private ThrottleWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        ThrottleWindow window = new ThrottleWindow(args[1], Integer.parseInt(args[2]), Duration.ofHours(1));
        int threads = Integer.parseInt(args[3]);
        int attemptsPerThread = Integer.parseInt(args[4]);
        Instant now = Instant.parse(args[5]);
        Path go = Path.of(args[6]);
        try (JdbcPersistence persistence = JdbcPersistence.open(url, null, null)) {
            var store = persistence.throttle();
            var admitted = new java.util.concurrent.atomic.AtomicInteger();
            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < attemptsPerThread; i++) {
                        if (store.tryAcquire(List.of(window), now).admitted()) {
                            admitted.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            System.out.println("READY");
            System.out.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_WAIT_SECONDS);
            while (!Files.exists(go)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no go file after " + MAX_WAIT_SECONDS + " s: " + go);
                }
                Thread.sleep(5);
            }
            start.countDown();
            pool.shutdown();
            if (!pool.awaitTermination(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("attempts did not finish within " + MAX_WAIT_SECONDS + " s");
            }
            System.out.println("ADMITTED " + admitted.get());
            System.out.flush();
        }
    }
}
