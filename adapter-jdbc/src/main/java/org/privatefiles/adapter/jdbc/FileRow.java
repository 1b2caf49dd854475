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

    /** Every column of a file row, for {@code SELECT ... FROM private_files f}. */
    static final String COLUMNS = "f.id, f.org_id, f.project_id, f.user_id, f.document_template_id, f.title,"
            + " f.storage_key, f.filesize, f.file_hash, f.system_uuid, f.input_data, f.input_data_hash, f.status,"
            + " f.status_message, f.show_customer, f.temporary, f.upload_id, f.completed_on, f.created_date,"
            + " f.modified_date, f.uploaded_name, f.row_version,"
            + " (SELECT ARRAY_AGG(pt.tag_id ORDER BY pt.tag_id) FROM private_file_tags pt WHERE pt.file_id = f.id)"
            + " AS tag_ids";

    static final String SELECT = "SELECT " + COLUMNS + " FROM private_files f";

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
