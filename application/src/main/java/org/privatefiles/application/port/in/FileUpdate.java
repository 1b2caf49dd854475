package org.privatefiles.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * Command: change these fields of a file and, when given, replace its content ({@code expectedMd5}
 * must then match it), provided the file is at a version {@code expectedVersion} admits.
 */
public record FileUpdate(FilePatch fields, Optional<StagedContent> content, String expectedMd5,
                         ExpectedVersion expectedVersion) {
    public FileUpdate {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    public FileUpdate(FilePatch fields, Optional<StagedContent> content, String expectedMd5) {
        this(fields, content, expectedMd5, ExpectedVersion.ANY);
    }

    public static FileUpdate of(FilePatch fields) {
        return new FileUpdate(fields, Optional.empty(), null);
    }

    /** This update, applied only to a file at a version {@code expected} admits. */
    public FileUpdate ifAt(ExpectedVersion expected) {
        return new FileUpdate(fields, content, expectedMd5, expected);
    }
}
