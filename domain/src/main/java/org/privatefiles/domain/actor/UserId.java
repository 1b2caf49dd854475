package org.privatefiles.domain.actor;

/** Identity of a user: a positive 64-bit integer. */
public record UserId(long value) {
    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("UserId must be positive: " + value);
        }
    }

    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
