package org.privatefiles.domain.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * What one window says of a request at {@code now}: whether it admits it, how many requests it
 * has counted (including this one when admitted), and when a slot frees ({@code availableAt}:
 * the retry time when refused, the reset time when admitted).
 */
public record WindowVerdict(ThrottleWindow window, boolean admits, int used, Instant availableAt, Instant now) {

    public int remaining() {
        return Math.max(0, window.limit() - used);
    }

    /** Whole seconds until {@link #availableAt}, rounded up, at least 1 when refused. */
    public long secondsUntilAvailable() {
        return ThrottlePolicy.secondsUntil(now, availableAt);
    }

    public Duration waitTime() {
        return Duration.between(now, availableAt);
    }
}
