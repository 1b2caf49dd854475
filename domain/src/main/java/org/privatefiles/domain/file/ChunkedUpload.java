package org.privatefiles.domain.file;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** State of a chunked upload: its id, the parts received (by number) and when it completed, if it did. */
public record ChunkedUpload(String uploadId, List<UploadPart> parts, Instant completedOn) {
    public ChunkedUpload {
        Objects.requireNonNull(uploadId, "uploadId");
        parts = parts.stream().sorted(Comparator.comparingInt(UploadPart::partNumber)).toList();
    }

    public static ChunkedUpload started(String uploadId) {
        return new ChunkedUpload(uploadId, List.of(), null);
    }

    public boolean isComplete() {
        return completedOn != null;
    }

    public ChunkedUpload withParts(List<UploadPart> newParts) {
        return new ChunkedUpload(uploadId, newParts, completedOn);
    }

    public ChunkedUpload completedAt(Instant when) {
        return new ChunkedUpload(uploadId, parts, when);
    }
}
