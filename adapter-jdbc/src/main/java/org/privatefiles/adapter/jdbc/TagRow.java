package org.privatefiles.adapter.jdbc;

import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/** A row of {@code file_tags}. */
record TagRow(long id, String title, String tagType, boolean export) {
    static final String SELECT = "SELECT id, title, tag_type, export FROM file_tags";

    FileTag toTag() {
        return new FileTag(FileTagId.of(id), title, tagType, export);
    }
}
