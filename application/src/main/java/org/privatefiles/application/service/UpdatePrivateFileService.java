package org.privatefiles.application.service;

import java.time.Clock;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.FileUpdate;
import org.privatefiles.application.port.in.StagedContent;
import org.privatefiles.application.port.in.UpdatePrivateFileUseCase;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.access.AccessNeed;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Service: changes the fields a request sets; new content replaces the old, which is deleted after the commit. */
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
        PrivateFile updated;
        PrivateFile current;
        try {
            current = guard.require(admission, id, AccessNeed.WRITE);
            var builder = PrivateFileBuilder.from(current).modifiedDate(Timestamps.now(clock));
            if (update.content().isPresent()) {
                StagedContent staged = update.content().get();
                if (current.isUploading()) {
                    throw InvalidException.of("file_contents", "Complete or abort the chunked upload first.");
                }
                ContentChecks.requireUsable(staged, update.expectedMd5());
                builder.content(new ContentFacts(staged.key(), staged.size(), staged.md5()));
            }
            patches.apply(admission.actor(), update.fields(), current, builder);
            updated = builder.build();
            files.update(updated);
        } catch (RuntimeException e) {
            update.content().ifPresent(staged -> content.delete(staged.key()));
            throw e;
        }
        if (update.content().isPresent() && current.content() != null) {
            content.delete(current.content().storageKey());
        }
        return updated;
    }
}
