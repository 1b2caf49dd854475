package org.privatefiles.client;

import java.io.InterruptedIOException;

/** An upper bound on bytes per second shared by every stream of a transfer ({@code --limit-rate}); none when zero. */
final class RateLimit {
    /** Reads are cut to this size so that a limited stream moves in small, even steps. */
    static final int CHUNK = 64 * 1024;

    private final long bytesPerSecond;
    private final long start = System.nanoTime();
    private long taken;

    RateLimit(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    static RateLimit none() {
        return new RateLimit(0);
    }

    /** Waits until {@code n} more bytes fit within the rate since the transfer began. */
    void take(long n) throws InterruptedIOException {
        if (bytesPerSecond <= 0) {
            return;
        }
        long due;
        synchronized (this) {
            taken += n;
            due = start + (long) (taken * 1e9 / bytesPerSecond);
        }
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
        }
    }
}
