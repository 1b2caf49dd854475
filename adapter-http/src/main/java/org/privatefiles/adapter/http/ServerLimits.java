package org.privatefiles.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP server protects itself from slow clients and stops: the minimum rate at which a
 * request body must arrive, how long a connection may stay silent, how many requests may send a
 * body at once (the rest of the thread pool stays free for reads), and how long a stop waits for
 * requests in flight.
 */
public record ServerLimits(long minRequestBytesPerSecond, Duration idleTimeout, int maxConcurrentUploads, Duration drainTime) {
    public static final long DEFAULT_MIN_REQUEST_BYTES_PER_SECOND = 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONCURRENT_UPLOADS = 16;
    public static final Duration DEFAULT_DRAIN_TIME = Duration.ofSeconds(30);

    public ServerLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(drainTime, "drainTime");
        if (minRequestBytesPerSecond < 0) {
            throw new IllegalArgumentException("minRequestBytesPerSecond must not be negative: " + minRequestBytesPerSecond);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
        if (maxConcurrentUploads < 1) {
            throw new IllegalArgumentException("maxConcurrentUploads must be at least 1: " + maxConcurrentUploads);
        }
        if (drainTime.isNegative()) {
            throw new IllegalArgumentException("drainTime must not be negative: " + drainTime);
        }
    }

    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_MIN_REQUEST_BYTES_PER_SECOND, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_CONCURRENT_UPLOADS,
                DEFAULT_DRAIN_TIME);
    }
}
