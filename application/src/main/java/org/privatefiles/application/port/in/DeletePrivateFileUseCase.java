package org.privatefiles.application.port.in;

import org.privatefiles.domain.file.FileId;

/** Use case: delete a file and its content (or abort its chunked upload); needs write access. */
public interface DeletePrivateFileUseCase {
    void delete(Admission admission, FileId id);
}
