package org.privatefiles.application.port.out;

import java.util.List;
import java.util.Optional;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/** Outbound port: the catalogue of file tags. */
public interface FileTagCatalog {

    /** Every tag, by ascending id. */
    List<FileTag> all();

    Optional<FileTag> find(FileTagId id);

    /** The tag with exactly this title. */
    Optional<FileTag> findByTitle(String title);

    /** Adds a tag of type {@code private} with an id above every existing one; a taken title is a {@code ConflictException}. */
    FileTag create(String title, boolean export);
}
