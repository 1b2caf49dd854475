package org.privatefiles.application.port.in;

import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;

/** Use case: one file of the org ({@code NotFoundException} if not of the org, {@code ForbiddenException} without read access). */
public interface RetrievePrivateFileUseCase {
    PrivateFile retrieve(Admission admission, FileId id);
}
