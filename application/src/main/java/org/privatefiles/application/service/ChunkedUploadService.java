package org.privatefiles.application.service;

import org.privatefiles.application.port.in.Fields;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.ChunkedUploadUseCase;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.application.port.in.PartReference;
import org.privatefiles.application.port.in.StagedContent;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.application.port.out.StoredContent;
import org.privatefiles.domain.access.AccessNeed;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.file.ChunkedUpload;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.UploadPart;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Service: S3-style chunked uploads: a file without content, parts stored durably, joined by streaming on completion. */
public final class ChunkedUploadService implements ChunkedUploadUseCase {
    private final PrivateFileRepository files;
    private final ContentStore content;
    private final FileGuard guard;
    private final FilePatchApplier patches;
    private final long maxUploadBytes;
    private final long minPartBytes;
    private final Clock clock;

    ChunkedUploadService(PrivateFileRepository files, ContentStore content, FileGuard guard, FilePatchApplier patches,
                         long maxUploadBytes, long minPartBytes, Clock clock) {
        this.files = files;
        this.content = content;
        this.guard = guard;
        this.patches = patches;
        this.maxUploadBytes = maxUploadBytes;
        this.minPartBytes = minPartBytes;
        this.clock = clock;
    }

    @Override
    public PrivateFile start(Admission admission, FilePatch fields) {
        admission.require(ThrottleScope.WRITE);
        var now = Timestamps.now(clock);
        var builder = new PrivateFileBuilder()
                .id(files.nextId())
                .org(admission.actor().org())
                .user(admission.actor().user())
                .createdDate(now)
                .modifiedDate(now);
        var created = patches.create(admission.actor(), fields, builder, null);
        var file = PrivateFileBuilder.from(created)
                .status(PrivateFile.STATUS_UPLOADING)
                .uploadedName(created.title().value())
                .upload(ChunkedUpload.started(UUID.randomUUID().toString()))
                .build();
        files.insert(file);
        return file;
    }

    @Override
    public UploadPart putPart(Admission admission, FileId id, int number, InputStream bytes, String expectedMd5) {
        admission.require(ThrottleScope.WRITE);
        var file = guard.require(admission, id, AccessNeed.WRITE);
        requireUploading(file);
        if (number < UploadPart.MIN_NUMBER || number > UploadPart.MAX_NUMBER) {
            throw InvalidException.of(Fields.PART, new Problem.OutOfRange(UploadPart.MIN_NUMBER, UploadPart.MAX_NUMBER));
        }
        var stored = content.write(bytes, maxUploadBytes);
        var part = new UploadPart(number, stored.size(), stored.md5(), stored.key());
        Optional<UploadPart> replaced;
        try (var staged = staged(stored)) {
            if (expectedMd5 != null && !expectedMd5.equalsIgnoreCase(stored.md5())) {
                throw InvalidException.of(Fields.PART_MD5, new Problem.HashMismatch(stored.md5()));
            }
            // Read again: the part took a while to arrive, and the upload may have changed meanwhile.
            replaced = OptimisticRetry.run(() -> {
                var fresh = guard.require(admission, id, AccessNeed.WRITE);
                requireUploading(fresh);
                return files.putPart(id, fresh.version(), part, Timestamps.now(clock));
            });
            staged.claim();
        }
        replaced.filter(old -> !old.storageKey().equals(stored.key())).ifPresent(old -> content.delete(old.storageKey()));
        return part;
    }

    @Override
    public PrivateFile complete(Admission admission, FileId id, Optional<List<PartReference>> listed) {
        admission.require(ThrottleScope.WRITE);
        var file = guard.require(admission, id, AccessNeed.WRITE);
        requireUploading(file);
        var received = file.upload().parts();
        var chosen = listed.isPresent() ? chosenParts(received, listed.get()) : received;
        if (chosen.isEmpty()) {
            throw InvalidException.of(Fields.PARTS, new Problem.NoParts());
        }
        for (int i = 0; i < chosen.size() - 1; i++) {
            if (chosen.get(i).size() < minPartBytes) {
                throw InvalidException.of(Fields.PARTS, new Problem.PartTooSmall(chosen.get(i).partNumber(), minPartBytes));
            }
        }
        var joined = content.join(chosen.stream().map(UploadPart::storageKey).toList(), maxUploadBytes);
        Completion done;
        try (var staged = staged(joined)) {
            // Read again after the long join: a change made meanwhile is kept, a part replaced
            // meanwhile makes the joined content stale, and a completion that came first wins.
            done = OptimisticRetry.run(() -> {
                var fresh = guard.require(admission, id, AccessNeed.WRITE);
                requireUploading(fresh);
                if (!fresh.upload().parts().containsAll(chosen)) {
                    throw InvalidException.of(Fields.PARTS, new Problem.PartChanged());
                }
                var now = Timestamps.now(clock);
                var completed = PrivateFileBuilder.from(fresh)
                        .content(joined.facts())
                        .status(PrivateFile.STATUS_CREATED)
                        .upload(new ChunkedUpload(fresh.upload().uploadId(), chosen, now))
                        .modifiedDate(now)
                        .build();
                return new Completion(files.update(completed), fresh.upload().parts());
            });
            staged.claim();
        }
        done.partsHeld().stream().map(UploadPart::storageKey).forEach(content::delete);
        return done.file();
    }

    /** A completed file as stored, and the parts its upload held at the version the completion replaced. */
    private record Completion(PrivateFile file, List<UploadPart> partsHeld) {
    }

    /** Stored bytes that are removed again unless the write that will refer to them commits. */
    private StagedContent staged(StoredContent stored) {
        return new StagedContent(stored.key(), stored.size(), stored.md5(), null, content::delete);
    }

    private static void requireUploading(PrivateFile file) {
        if (!file.isUploading()) {
            throw InvalidException.of(InvalidException.NON_FIELD, new Problem.NoUploadInProgress());
        }
    }

    private static List<UploadPart> chosenParts(List<UploadPart> received, List<PartReference> listed) {
        Map<Integer, UploadPart> byNumber = received.stream().collect(Collectors.toMap(UploadPart::partNumber, Function.identity()));
        List<Problem> errors = new ArrayList<>();
        List<UploadPart> chosen = new ArrayList<>();
        int previous = 0;
        for (PartReference ref : listed) {
            var part = byNumber.get(ref.partNumber());
            if (ref.partNumber() <= previous) {
                errors.add(new Problem.PartsOutOfOrder());
            } else if (part == null) {
                errors.add(new Problem.PartMissing(ref.partNumber()));
            } else if (ref.etag() == null || !stripQuotes(ref.etag()).equalsIgnoreCase(part.etag())) {
                errors.add(new Problem.PartEtagMismatch(ref.partNumber(), part.etag(), ref.etag()));
            } else {
                chosen.add(part);
            }
            previous = Math.max(previous, ref.partNumber());
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(Map.of(Fields.PARTS, errors));
        }
        return chosen;
    }

    private static String stripQuotes(String etag) {
        String e = etag.strip();
        return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e;
    }
}
