package org.privatefiles.application.service;

import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.UploadPart;

/**
 * Removes a file at the version it was read: the row (with its parts) first, then the content
 * that version used, so no row ever points at missing bytes and no newer content is touched.
 */
final class FileRemoval {
    private final PrivateFileRepository files;
    private final ContentStore content;

    FileRemoval(PrivateFileRepository files, ContentStore content) {
        this.files = files;
        this.content = content;
    }

    /** True when this call removed the row; {@code ConcurrentChangeException} when the file changed since it was read. */
    boolean remove(PrivateFile file) {
        boolean removed = files.delete(file.id(), file.version());
        if (removed) {
            file.contentFacts().ifPresent(facts -> content.delete(facts.storageKey()));
            file.chunkedUpload().ifPresent(upload -> upload.parts().stream().map(UploadPart::storageKey).forEach(content::delete));
        }
        return removed;
    }
}
