package org.privatefiles.application.service;

import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.DeletePrivateFileUseCase;
import org.privatefiles.application.port.in.ExpectedVersion;
import org.privatefiles.domain.access.AccessNeed;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Service: deletes a file the actor may write, at the version it read (again when another write came first), then its content and parts. */
public final class DeletePrivateFileService implements DeletePrivateFileUseCase {
    private final FileGuard guard;
    private final FileRemoval removal;

    DeletePrivateFileService(FileGuard guard, FileRemoval removal) {
        this.guard = guard;
        this.removal = removal;
    }

    @Override
    public void delete(Admission admission, FileId id, ExpectedVersion expected) {
        admission.require(ThrottleScope.WRITE);
        OptimisticRetry.run(() -> {
            var file = guard.require(admission, id, AccessNeed.WRITE);
            expected.require(file.version());
            removal.remove(file);
        });
    }
}
