package org.privatefiles.application.service;

import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.DeletePrivateFileUseCase;
import org.privatefiles.domain.access.AccessNeed;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Service: deletes a file the actor may write, row first, then its content and parts. */
public final class DeletePrivateFileService implements DeletePrivateFileUseCase {
    private final FileGuard guard;
    private final FileRemoval removal;

    DeletePrivateFileService(FileGuard guard, FileRemoval removal) {
        this.guard = guard;
        this.removal = removal;
    }

    @Override
    public void delete(Admission admission, FileId id) {
        admission.require(ThrottleScope.WRITE);
        removal.remove(guard.require(admission, id, AccessNeed.WRITE));
    }
}
