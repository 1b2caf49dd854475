package org.privatefiles.application.port.in;

import java.io.InputStream;
import org.privatefiles.domain.file.PrivateFile;

/**
 * Use case: create a private file from uploaded content. Content is staged first (streamed
 * once into storage, hashed on the way, {@code TooLargeException} past the maximum) so that
 * a caller reading a multipart body can store the file part before it has read every field.
 */
public interface CreatePrivateFileUseCase {

    /** Stores the content; the caller closes the result unless it hands it to {@link #create} or an update. */
    StagedContent stage(Admission admission, InputStream content, String fileName);

    /** Creates the file, taking the staged content over: it is kept when the file commits and removed on any refusal. */
    PrivateFile create(Admission admission, NewFile command);

    /** Stages and creates in one call, for callers that have the content at hand. */
    default PrivateFile create(Admission admission, FilePatch fields, InputStream content, String fileName) {
        try (StagedContent staged = stage(admission, content, fileName)) {
            return create(admission, new NewFile(fields, staged, null));
        }
    }
}
