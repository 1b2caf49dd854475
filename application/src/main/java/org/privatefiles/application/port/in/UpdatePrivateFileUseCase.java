package org.privatefiles.application.port.in;

import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;

/** Use case: change the writable fields of a file and optionally replace its content; needs write access. */
public interface UpdatePrivateFileUseCase {
    PrivateFile update(Admission admission, FileId id, FileUpdate update);
}
