package org.privatefiles.application.port.in;

import java.util.List;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/** Use case: read the file tag catalogue. */
public interface FileTagsUseCase {
    List<FileTag> all();

    /** {@code NotFoundException} when there is no such tag. */
    FileTag get(FileTagId id);
}
