package org.privatefiles.application.service;

import org.privatefiles.application.port.in.Fields;
import java.time.Clock;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.FileUpdate;
import org.privatefiles.application.port.in.StagedContent;
import org.privatefiles.application.port.in.UpdatePrivateFileUseCase;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.access.AccessNeed;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.throttle.ThrottleScope;

/**
 * Service: changes the fields a request sets, on the version of the file it read; when another
 * write came first it reads again and re-applies. New content replaces the old, and the old is
 * deleted only after the commit that stopped using it.
 */
public final class UpdatePrivateFileService implements UpdatePrivateFileUseCase {
    private final PrivateFileRepository files;
    private final ContentStore content;
    private final FileGuard guard;
    private final FilePatchApplier patches;
    private final Clock clock;

    UpdatePrivateFileService(PrivateFileRepository files, ContentStore content, FileGuard guard,
                             FilePatchApplier patches, Clock clock) {
        this.files = files;
        this.content = content;
        this.guard = guard;
        this.patches = patches;
        this.clock = clock;
    }

    @Override
    public PrivateFile update(Admission admission, FileId id, FileUpdate update) {
        admission.require(ThrottleScope.WRITE);
        Replacement done;
        try {
            done = OptimisticRetry.run(() -> attempt(admission, id, update));
            update.content().ifPresent(StagedContent::claim);
        } finally {
            update.content().ifPresent(StagedContent::close);
        }
        if (update.content().isPresent() && done.replaced().content() != null) {
            content.delete(done.replaced().content().storageKey());
        }
        return done.stored();
    }

    private Replacement attempt(Admission admission, FileId id, FileUpdate update) {
        PrivateFile current = guard.require(admission, id, AccessNeed.WRITE);
        update.expectedVersion().require(current.version());
        var builder = PrivateFileBuilder.from(current).modifiedDate(Timestamps.now(clock));
        if (update.content().isPresent()) {
            StagedContent staged = update.content().get();
            if (current.isUploading()) {
                throw InvalidException.of(Fields.CONTENT, new Problem.UploadInProgress());
            }
            ContentChecks.requireUsable(staged, update.expectedMd5());
            builder.content(new ContentFacts(staged.key(), staged.size(), staged.md5())).uploadedName(UploadedNames.of(staged));
        }
        return new Replacement(current, files.update(patches.update(admission.actor(), update.fields(), current, builder)));
    }

    /** The file as it was before a committed update, and as that update stored it. */
    private record Replacement(PrivateFile replaced, PrivateFile stored) {
    }
}
