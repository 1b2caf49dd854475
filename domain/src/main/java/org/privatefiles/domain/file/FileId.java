package org.privatefiles.domain.file;

/** Identity of a private file: a positive 64-bit integer. */
public record FileId(long value) {
    public FileId {
        if (value <= 0) {
            throw new IllegalArgumentException("FileId must be positive: " + value);
        }
    }

    public static FileId of(long value) {
        return new FileId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
