package org.privatefiles.application.port.in;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.privatefiles.application.port.out.DownloadHeaders;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;

/**
 * Use case: serve a file's bytes to the holder of a valid download link (the link is the
 * authorisation, checked by the caller). {@code NotFoundException} when the file or its content is gone.
 */
public interface DownloadContentUseCase {

    /** The file, which has complete content. */
    PrivateFile downloadable(FileId id);

    /** Its bytes from {@code offset}, at most {@code length} of them. */
    InputStream open(PrivateFile file, long offset, long length);

    /**
     * A short-lived link ({@link #DIRECT_LINK_TTL} at most) to fetch the bytes straight from the
     * content store, answered with these headers; empty when the store serves no direct downloads.
     */
    Optional<URI> directLink(PrivateFile file, DownloadHeaders headers);

    /** How long a direct link to the content store stays valid: enough to follow a redirect, not to share it. */
    Duration DIRECT_LINK_TTL = Duration.ofSeconds(60);
}
