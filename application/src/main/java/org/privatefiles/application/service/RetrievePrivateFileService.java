package org.privatefiles.application.service;

import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.RetrievePrivateFileUseCase;
import org.privatefiles.domain.access.AccessNeed;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Service: one file of the org that the actor may read. */
public final class RetrievePrivateFileService implements RetrievePrivateFileUseCase {
    private final FileGuard guard;

    RetrievePrivateFileService(FileGuard guard) {
        this.guard = guard;
    }

    @Override
    public PrivateFile retrieve(Admission admission, FileId id) {
        admission.require(ThrottleScope.READ);
        return guard.require(admission, id, AccessNeed.READ);
    }
}
