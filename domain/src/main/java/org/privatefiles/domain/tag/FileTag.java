package org.privatefiles.domain.tag;

import java.util.Objects;

/** A tag from the catalogue; {@code export} marks tags whose files need the projects-export permission. */
public record FileTag(FileTagId id, String title, String type, boolean export) {
    public static final String PRIVATE_TYPE = "private";

    public FileTag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
    }
}
