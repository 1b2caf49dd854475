package org.privatefiles.application.port.in;

import java.util.Objects;
import java.util.Optional;

/** Command: change these fields of a file and, when given, replace its content ({@code expectedMd5} must then match it). */
public record FileUpdate(FilePatch fields, Optional<StagedContent> content, String expectedMd5) {
    public FileUpdate {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(content, "content");
    }

    public static FileUpdate of(FilePatch fields) {
        return new FileUpdate(fields, Optional.empty(), null);
    }
}
