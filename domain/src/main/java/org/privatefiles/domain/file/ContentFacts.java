package org.privatefiles.domain.file;

import java.util.Objects;

/** What is known of a file's stored bytes: where they are, how many, and their MD5 (lowercase hex). */
public record ContentFacts(String storageKey, long size, String md5) {
    public ContentFacts {
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(md5, "md5");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        if (!Md5.isHex(md5)) {
            throw new IllegalArgumentException("md5 must be 32 lowercase hex characters: " + md5);
        }
    }
}
