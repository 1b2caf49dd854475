package org.privatefiles.application.port.out;

import org.privatefiles.domain.file.ContentFacts;

/** Bytes the content store has durably written: under which key, how many, and their MD5 hex. */
public record StoredContent(String key, long size, String md5) {
    public ContentFacts facts() {
        return new ContentFacts(key, size, md5);
    }
}
