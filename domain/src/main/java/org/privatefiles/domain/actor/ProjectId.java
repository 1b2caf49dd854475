package org.privatefiles.domain.actor;

/** Identity of a project: a positive 64-bit integer. */
public record ProjectId(long value) {
    public ProjectId {
        if (value <= 0) {
            throw new IllegalArgumentException("ProjectId must be positive: " + value);
        }
    }

    public static ProjectId of(long value) {
        return new ProjectId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
