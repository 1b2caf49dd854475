package org.privatefiles.domain.tag;

/** Identity of a file tag: a positive 64-bit integer. */
public record FileTagId(long value) {
    public FileTagId {
        if (value <= 0) {
            throw new IllegalArgumentException("FileTagId must be positive: " + value);
        }
    }

    public static FileTagId of(long value) {
        return new FileTagId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
