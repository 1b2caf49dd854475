package org.privatefiles.domain.actor;

/** Identity of an organisation: a positive 64-bit integer. */
public record OrgId(long value) {
    public OrgId {
        if (value <= 0) {
            throw new IllegalArgumentException("OrgId must be positive: " + value);
        }
    }

    public static OrgId of(long value) {
        return new OrgId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
