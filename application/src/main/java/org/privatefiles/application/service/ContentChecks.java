package org.privatefiles.application.service;

import org.privatefiles.application.port.in.StagedContent;
import org.privatefiles.domain.failure.InvalidException;

/** Checks uploaded content before it is attached to a file: not empty, and matching an expected MD5. */
final class ContentChecks {
    private ContentChecks() {
    }

    static void requireUsable(StagedContent content, String expectedMd5) {
        if (content.size() == 0) {
            throw InvalidException.of("file_contents", "The submitted file is empty.");
        }
        if (expectedMd5 != null && !expectedMd5.strip().equalsIgnoreCase(content.md5())) {
            throw InvalidException.of("file_hash", "The file hash does not match the uploaded content (MD5 " + content.md5() + ").");
        }
    }
}
