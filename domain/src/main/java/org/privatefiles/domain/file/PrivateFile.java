package org.privatefiles.domain.file;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.tag.FileTag;

/**
 * The private file aggregate: metadata, tags, the facts of its stored content (absent while a
 * chunked upload is incomplete) and the chunked-upload state (absent for direct uploads).
 * Nullable components: project, documentTemplate, content, systemUuid, inputData (JSON text),
 * inputDataHash, status, statusMessage, upload, uploadedName. {@code uploadedName} is the name of
 * the uploaded file (a chunked upload's title when it started), fixed when content is stored, so
 * that a rename changes neither the download link nor the content type. {@code version} counts the stored changes of the
 * file: every write moves it on by one, and a write based on an older version is refused.
 */
public record PrivateFile(
        FileId id,
        OrgId org,
        ProjectId project,
        UserId user,
        DocumentTemplateId documentTemplate,
        Title title,
        ContentFacts content,
        List<FileTag> tags,
        UUID systemUuid,
        String inputData,
        String inputDataHash,
        String status,
        String statusMessage,
        boolean showCustomer,
        boolean temporary,
        ChunkedUpload upload,
        Instant createdDate,
        Instant modifiedDate,
        String uploadedName,
        long version) {

    public static final String STATUS_CREATED = "created";
    public static final String STATUS_UPLOADING = "uploading";
    public static final int STATUS_MAX_LENGTH = 64;
    /** The version of a file as first stored. */
    public static final long FIRST_VERSION = 1;

    public PrivateFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdDate, "createdDate");
        Objects.requireNonNull(modifiedDate, "modifiedDate");
        tags = List.copyOf(tags);
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("version must be at least " + FIRST_VERSION + ": " + version);
        }
    }

    /** A file is export-tagged when any of its tags carries the export flag. */
    public boolean isExportTagged() {
        return tags.stream().anyMatch(FileTag::export);
    }

    public Optional<ProjectId> projectId() {
        return Optional.ofNullable(project);
    }

    public Optional<ContentFacts> contentFacts() {
        return Optional.ofNullable(content);
    }

    public Optional<ChunkedUpload> chunkedUpload() {
        return Optional.ofNullable(upload);
    }

    public boolean isUploading() {
        return upload != null && !upload.isComplete();
    }

    /** This file as stored by the write that followed the one it was read at. */
    public PrivateFile nextVersion() {
        return new PrivateFile(id, org, project, user, documentTemplate, title, content, tags, systemUuid,
                inputData, inputDataHash, status, statusMessage, showCustomer, temporary, upload, createdDate,
                modifiedDate, uploadedName, version + 1);
    }
}
