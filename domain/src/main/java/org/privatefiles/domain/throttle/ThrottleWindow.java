package org.privatefiles.domain.throttle;

import java.time.Duration;
import java.util.Objects;

/** A rolling window: at most {@code limit} admitted requests under {@code key} in any span of {@code length}. */
public record ThrottleWindow(String key, int limit, Duration length) {
    public ThrottleWindow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(length, "length");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("length must be positive: " + length);
        }
    }
}
