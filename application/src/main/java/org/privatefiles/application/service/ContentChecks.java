package org.privatefiles.application.service;

import org.privatefiles.application.port.in.Fields;
import org.privatefiles.application.port.in.StagedContent;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;

/** Checks uploaded content before it is attached to a file: not empty, and matching an expected MD5. */
final class ContentChecks {
    private ContentChecks() {
    }

    static void requireUsable(StagedContent content, String expectedMd5) {
        if (content.size() == 0) {
            throw InvalidException.of(Fields.CONTENT, new Problem.EmptyFile());
        }
        if (expectedMd5 != null && !expectedMd5.strip().equalsIgnoreCase(content.md5())) {
            throw InvalidException.of(Fields.CONTENT_MD5, new Problem.HashMismatch(content.md5()));
        }
    }
}
