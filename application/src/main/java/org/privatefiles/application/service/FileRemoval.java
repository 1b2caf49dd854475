package org.privatefiles.application.service;

import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.UploadPart;

/** Removes a file: the row (with its parts) first, then the content, so no row ever points at missing bytes. */
final class FileRemoval {
    private final PrivateFileRepository files;
    private final ContentStore content;

    FileRemoval(PrivateFileRepository files, ContentStore content) {
        this.files = files;
        this.content = content;
    }

    /** True when this call removed the row. */
    boolean remove(PrivateFile file) {
        var parts = files.removeParts(file.id());
        boolean removed = files.delete(file.id());
        if (file.content() != null) {
            content.delete(file.content().storageKey());
        }
        parts.stream().map(UploadPart::storageKey).forEach(content::delete);
        return removed;
    }
}
