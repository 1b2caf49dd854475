package org.privatefiles.application.service;

import java.io.InputStream;
import java.time.Clock;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.CreatePrivateFileUseCase;
import org.privatefiles.application.port.in.NewFile;
import org.privatefiles.application.port.in.StagedContent;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Service: stores uploaded content first, then commits the file row; content of a refused file is removed. */
public final class CreatePrivateFileService implements CreatePrivateFileUseCase {
    private final PrivateFileRepository files;
    private final ContentStore content;
    private final FilePatchApplier patches;
    private final long maxUploadBytes;
    private final Clock clock;

    CreatePrivateFileService(PrivateFileRepository files, ContentStore content, FilePatchApplier patches,
                             long maxUploadBytes, Clock clock) {
        this.files = files;
        this.content = content;
        this.patches = patches;
        this.maxUploadBytes = maxUploadBytes;
        this.clock = clock;
    }

    @Override
    public StagedContent stage(Admission admission, InputStream bytes, String fileName) {
        admission.require(ThrottleScope.WRITE);
        var stored = content.write(bytes, maxUploadBytes);
        return new StagedContent(stored.key(), stored.size(), stored.md5(), fileName, content::delete);
    }

    @Override
    public PrivateFile create(Admission admission, NewFile command) {
        admission.require(ThrottleScope.WRITE);
        try (var staged = command.content()) {
            ContentChecks.requireUsable(staged, command.expectedMd5());
            var now = Timestamps.now(clock);
            var builder = new PrivateFileBuilder()
                    .id(files.nextId())
                    .org(admission.actor().org())
                    .user(admission.actor().user())
                    .content(new ContentFacts(staged.key(), staged.size(), staged.md5()))
                    .uploadedName(UploadedNames.of(staged))
                    .status(PrivateFile.STATUS_CREATED)
                    .createdDate(now)
                    .modifiedDate(now);
            var file = patches.create(admission.actor(), command.fields(), builder,
                    command.fields().title() == null ? defaultTitle(UploadedNames.of(staged)) : null);
            files.insert(file);
            staged.claim();
            return file;
        }
    }

    private static Title defaultTitle(String uploadedName) {
        if (uploadedName == null) {
            return Title.of("file");
        }
        return Title.of(uploadedName.length() > Title.MAX_LENGTH ? uploadedName.substring(0, Title.MAX_LENGTH) : uploadedName);
    }
}
