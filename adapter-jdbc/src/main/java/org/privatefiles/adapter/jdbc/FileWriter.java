package org.privatefiles.adapter.jdbc;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.UploadPart;
import org.privatefiles.domain.tag.FileTag;

/** The statements that write one file inside its transaction: the row, its tags (and export flag), its parts. */
final class FileWriter {
    private FileWriter() {
    }

    static void insertRow(Handle h, PrivateFile file) {
        FileColumns.bind(h.createUpdate(FileColumns.INSERT), file).execute();
    }

    /** Updates every column but the export flag, and the version, when the row is at the file's version; false when it is not (or gone). */
    static boolean updateRow(Handle h, PrivateFile file) {
        return FileColumns.bind(h.createUpdate(FileColumns.UPDATE), file).execute() > 0;
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
}
