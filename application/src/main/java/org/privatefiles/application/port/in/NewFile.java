package org.privatefiles.application.port.in;

import java.util.Objects;

/** Command: create a file from staged content with these fields; {@code expectedMd5} (optional) must match the content. */
public record NewFile(FilePatch fields, StagedContent content, String expectedMd5) {
    public NewFile {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(content, "content");
    }
}
