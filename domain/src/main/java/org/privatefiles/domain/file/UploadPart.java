package org.privatefiles.domain.file;

import java.util.Objects;

/** One received part of a chunked upload: its number, size, MD5 etag and where its bytes are. */
public record UploadPart(int partNumber, long size, String etag, String storageKey) {
    public static final int MIN_NUMBER = 1;
    public static final int MAX_NUMBER = 10_000;

    public UploadPart {
        if (partNumber < MIN_NUMBER || partNumber > MAX_NUMBER) {
            throw new IllegalArgumentException("part number must be in 1..10000: " + partNumber);
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(storageKey, "storageKey");
    }
}
