package org.privatefiles.application.port.in;

import org.privatefiles.domain.file.FileId;

/** Use case: delete a file and its content (or abort its chunked upload); needs write access. */
public interface DeletePrivateFileUseCase {
    /** Deletes the file if it is at a version {@code expected} admits, else {@code PreconditionFailedException}. */
    void delete(Admission admission, FileId id, ExpectedVersion expected);

    default void delete(Admission admission, FileId id) {
        delete(admission, id, ExpectedVersion.ANY);
    }
}
