package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.UploadPart;
import org.privatefiles.domain.tag.FileTag;

/** The statements that write one file inside its transaction: the row, its tags (and export flag), its parts. */
final class FileWriter {
    private static final String FIELDS = "org_id, project_id, user_id, document_template_id, title, storage_key,"
            + " filesize, file_hash, system_uuid, input_data, input_data_hash, status, status_message, show_customer,"
            + " temporary, upload_id, completed_on, created_date, modified_date, uploaded_name, row_version";
    private static final String VALUES = ":org, :project, :user, :documentTemplate, :title, :storageKey,"
            + " :filesize, :fileHash, :systemUuid, :inputData, :inputDataHash, :status, :statusMessage, :showCustomer,"
            + " :temporary, :uploadId, :completedOn, :createdDate, :modifiedDate, :uploadedName, :version";
    private static final String UPDATE = "UPDATE private_files SET org_id = :org, project_id = :project,"
            + " user_id = :user, document_template_id = :documentTemplate, title = :title, storage_key = :storageKey,"
            + " filesize = :filesize, file_hash = :fileHash, system_uuid = :systemUuid, input_data = :inputData,"
            + " input_data_hash = :inputDataHash, status = :status, status_message = :statusMessage,"
            + " show_customer = :showCustomer, temporary = :temporary, upload_id = :uploadId,"
            + " completed_on = :completedOn, created_date = :createdDate, modified_date = :modifiedDate,"
            + " uploaded_name = :uploadedName,"
            + " row_version = :version + 1 WHERE id = :id AND row_version = :version";

    private FileWriter() {
    }

    static void insertRow(Handle h, PrivateFile file) {
        bindFields(h.createUpdate("INSERT INTO private_files (id, " + FIELDS + ", export_tagged)"
                + " VALUES (:id, " + VALUES + ", FALSE)"), file).execute();
    }

    /** Updates every column but the export flag, and the version, when the row is at the file's version; false when it is not (or gone). */
    static boolean updateRow(Handle h, PrivateFile file) {
        return bindFields(h.createUpdate(UPDATE), file).execute() > 0;
    }

    /** Replaces the file's tags and recomputes its export flag from the catalogue. */
    static void replaceTags(Handle h, long fileId, List<FileTag> tags) {
        h.createUpdate("DELETE FROM private_file_tags WHERE file_id = :id").bind("id", fileId).execute();
        insertTags(h, fileId, tags);
        if (tags.isEmpty()) {
            h.createUpdate("UPDATE private_files SET export_tagged = FALSE WHERE id = :id").bind("id", fileId).execute();
        }
    }

    /** Adds tags to a file that has none yet and sets its export flag from the catalogue. */
    static void insertTags(Handle h, long fileId, List<FileTag> tags) {
        Set<Long> distinct = new TreeSet<>();
        tags.forEach(t -> distinct.add(t.id().value()));
        if (distinct.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO private_file_tags (file_id, tag_id) VALUES (:file, :tag)");
        for (Long tag : distinct) {
            batch.bind("file", fileId).bind("tag", tag).add();
        }
        batch.execute();
        h.createUpdate("UPDATE private_files SET export_tagged = CASE WHEN EXISTS (SELECT 1 FROM private_file_tags pt"
                        + " JOIN file_tags t ON t.id = pt.tag_id WHERE pt.file_id = :id AND t.export = TRUE)"
                        + " THEN TRUE ELSE FALSE END WHERE id = :id")
                .bind("id", fileId).execute();
    }

    static void insertParts(Handle h, long fileId, List<UploadPart> parts) {
        if (parts.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO upload_parts (file_id, part_number, part_size, etag, storage_key)"
                + " VALUES (:file, :number, :size, :etag, :key)");
        for (UploadPart part : parts) {
            bindPart(batch, fileId, part).add();
        }
        batch.execute();
    }

    static <S extends SqlStatement<S>> S bindPart(S statement, long fileId, UploadPart part) {
        return statement.bind("file", fileId).bind("number", part.partNumber()).bind("size", part.size())
                .bind("etag", part.etag()).bind("key", part.storageKey());
    }

    private static <S extends SqlStatement<S>> S bindFields(S s, PrivateFile f) {
        ContentFacts content = f.content();
        return s.bind("id", f.id().value())
                .bind("org", f.org().value())
                .bind("project", f.project() == null ? null : f.project().value())
                .bind("user", f.user().value())
                .bind("documentTemplate", f.documentTemplate() == null ? null : f.documentTemplate().value())
                .bind("title", f.title().value())
                .bind("storageKey", content == null ? null : content.storageKey())
                .bind("filesize", content == null ? null : content.size())
                .bind("fileHash", content == null ? null : content.md5())
                .bind("systemUuid", f.systemUuid() == null ? null : f.systemUuid().toString())
                .bind("inputData", f.inputData())
                .bind("inputDataHash", f.inputDataHash())
                .bind("status", f.status())
                .bind("statusMessage", f.statusMessage())
                .bind("showCustomer", f.showCustomer())
                .bind("temporary", f.temporary())
                .bind("uploadId", f.upload() == null ? null : f.upload().uploadId())
                .bindByType("completedOn", f.upload() == null ? null : f.upload().completedOn(), Instant.class)
                .bindByType("createdDate", f.createdDate(), Instant.class)
                .bindByType("modifiedDate", f.modifiedDate(), Instant.class)
                .bind("uploadedName", f.uploadedName())
                .bind("version", f.version());
    }
}
