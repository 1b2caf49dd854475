package org.privatefiles.application.service;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.privatefiles.domain.failure.ConcurrentChangeException;

/**
 * Runs a read-change-write of one file again when another write to the same file came first
 * ({@link ConcurrentChangeException}), after a short random pause that grows with each attempt.
 * Some writer wins every round, so writers make progress; the bound only stops a pathological loop.
 */
final class OptimisticRetry {
    static final int MAX_ATTEMPTS = 200;
    private static final long MAX_PAUSE_NANOS = 20_000_000;

    private OptimisticRetry() {
    }

    static <T> T run(Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (ConcurrentChangeException e) {
                if (n >= MAX_ATTEMPTS) {
                    throw e;
                }
                long bound = Math.min(MAX_PAUSE_NANOS, 50_000L * n);
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(bound));
            }
        }
    }

    static void run(Runnable attempt) {
        run(() -> {
            attempt.run();
            return null;
        });
    }
}
