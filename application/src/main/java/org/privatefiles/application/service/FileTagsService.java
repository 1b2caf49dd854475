package org.privatefiles.application.service;

import java.util.List;
import org.privatefiles.application.port.in.FileTagsUseCase;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/** Service: reads the tag catalogue. */
public final class FileTagsService implements FileTagsUseCase {
    private final FileTagCatalog catalog;

    FileTagsService(FileTagCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<FileTag> all() {
        return catalog.all();
    }

    @Override
    public FileTag get(FileTagId id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("Not found."));
    }
}
