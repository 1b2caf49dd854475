package org.privatefiles.application.port.in;

import java.io.InputStream;
import org.privatefiles.domain.file.PrivateFile;

/**
 * Use case: create a private file from uploaded content. Content is staged first (streamed
 * once into storage, hashed on the way, {@code TooLargeException} past the maximum) so that
 * a caller reading a multipart body can store the file part before it has read every field.
 */
public interface CreatePrivateFileUseCase {

    StagedContent stage(Admission admission, InputStream content, String fileName);

    /** Creates the file; on any refusal the staged content is removed. */
    PrivateFile create(Admission admission, NewFile command);

    /** Removes staged content that will not be used. */
    void discard(StagedContent content);

    /** Stages and creates in one call, for callers that have the content at hand. */
    default PrivateFile create(Admission admission, FilePatch fields, InputStream content, String fileName) {
        return create(admission, new NewFile(fields, stage(admission, content, fileName), null));
    }
}
