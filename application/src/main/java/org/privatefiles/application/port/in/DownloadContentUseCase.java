package org.privatefiles.application.port.in;

import java.io.InputStream;
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
}
