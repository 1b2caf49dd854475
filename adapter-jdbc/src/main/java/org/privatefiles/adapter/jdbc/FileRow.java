package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.ChunkedUpload;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.DocumentTemplateId;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.Title;
import org.privatefiles.domain.file.UploadPart;
import org.privatefiles.domain.tag.FileTag;

/** A row of {@code private_files} with the file's tag ids (ascending) aggregated in. */
record FileRow(long id, long orgId, Long projectId, long userId, Long documentTemplateId, String title,
               String storageKey, Long filesize, String fileHash, String systemUuid, String inputData,
               String inputDataHash, String status, String statusMessage, boolean showCustomer, boolean temporary,
               String uploadId, Instant completedOn, Instant createdDate, Instant modifiedDate, String uploadedName, long rowVersion,
               TagIds tagIds) {

    static final String SELECT = "SELECT " + FileColumns.SELECTED + " FROM private_files f";

    PrivateFile toFile(List<FileTag> tags, List<UploadPart> parts) {
        return new PrivateFile(
                FileId.of(id),
                OrgId.of(orgId),
                projectId == null ? null : ProjectId.of(projectId),
                UserId.of(userId),
                documentTemplateId == null ? null : DocumentTemplateId.of(documentTemplateId),
                Title.of(title),
                storageKey == null ? null : new ContentFacts(storageKey, filesize, fileHash),
                tags,
                systemUuid == null ? null : UUID.fromString(systemUuid),
                inputData,
                inputDataHash,
                status,
                statusMessage,
                showCustomer,
                temporary,
                uploadId == null ? null : new ChunkedUpload(uploadId, parts, completedOn),
                createdDate,
                modifiedDate,
                uploadedName,
                rowVersion);
    }
}
