package org.privatefiles.application.service;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.privatefiles.application.port.in.DownloadContentUseCase;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.DownloadHeaders;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;

/** Service: finds a file with complete content and opens byte ranges of it, or links to it in the store. */
public final class DownloadContentService implements DownloadContentUseCase {
    private final PrivateFileRepository files;
    private final ContentStore content;

    DownloadContentService(PrivateFileRepository files, ContentStore content) {
        this.files = files;
        this.content = content;
    }

    @Override
    public PrivateFile downloadable(FileId id) {
        return files.find(id).filter(f -> f.content() != null).orElseThrow(() -> new NotFoundException("Not found."));
    }

    @Override
    public InputStream open(PrivateFile file, long offset, long length) {
        if (file.content() == null) {
            throw new NotFoundException("Not found.");
        }
        return content.open(file.content().storageKey(), offset, length);
    }

    @Override
    public Optional<URI> directLink(PrivateFile file, DownloadHeaders headers) {
        if (file.content() == null) {
            throw new NotFoundException("Not found.");
        }
        return content.directDownload(file.content().storageKey(), headers, DIRECT_LINK_TTL);
    }
}
