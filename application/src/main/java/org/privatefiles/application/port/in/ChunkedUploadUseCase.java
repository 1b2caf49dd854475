package org.privatefiles.application.port.in;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.UploadPart;

/** Use case: S3-style chunked uploads: start, put parts (resumable), complete. Aborting is deleting the file. */
public interface ChunkedUploadUseCase {

    /** Creates a file without content, status "uploading", with a fresh upload id. */
    PrivateFile start(Admission admission, FilePatch fields);

    /** Stores part {@code number}, replacing an earlier one; {@code expectedMd5} (optional, hex) must match. */
    UploadPart putPart(Admission admission, FileId id, int number, InputStream content, String expectedMd5);

    /** Joins the listed parts (by default every received part, in order) into the file's content. */
    PrivateFile complete(Admission admission, FileId id, Optional<List<PartReference>> parts);
}
