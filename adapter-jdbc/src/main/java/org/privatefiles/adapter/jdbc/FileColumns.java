package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.privatefiles.domain.file.PrivateFile;

/**
 * The columns of {@code private_files} written from a file, each with the value it takes: the one
 * list that insert, update and select derive from ({@code id} and {@code row_version} are the keys
 * of the optimistic update and are added around it; {@link FileRow} reads the columns by name).
 */
final class FileColumns {
    /** A column, bound under a parameter of its own name. */
    record Column(String name, Class<?> type, Function<PrivateFile, Object> value) {
    }

    static final List<Column> WRITTEN = List.of(
            new Column("org_id", Long.class, f -> f.org().value()),
            new Column("project_id", Long.class, f -> f.project() == null ? null : f.project().value()),
            new Column("user_id", Long.class, f -> f.user().value()),
            new Column("document_template_id", Long.class, f -> f.documentTemplate() == null ? null : f.documentTemplate().value()),
            new Column("title", String.class, f -> f.title().value()),
            new Column("storage_key", String.class, f -> f.content() == null ? null : f.content().storageKey()),
            new Column("filesize", Long.class, f -> f.content() == null ? null : f.content().size()),
            new Column("file_hash", String.class, f -> f.content() == null ? null : f.content().md5()),
            new Column("system_uuid", String.class, f -> f.systemUuid() == null ? null : f.systemUuid().toString()),
            new Column("input_data", String.class, PrivateFile::inputData),
            new Column("input_data_hash", String.class, PrivateFile::inputDataHash),
            new Column("status", String.class, PrivateFile::status),
            new Column("status_message", String.class, PrivateFile::statusMessage),
            new Column("show_customer", Boolean.class, PrivateFile::showCustomer),
            new Column("temporary", Boolean.class, PrivateFile::temporary),
            new Column("upload_id", String.class, f -> f.upload() == null ? null : f.upload().uploadId()),
            new Column("completed_on", Instant.class, f -> f.upload() == null ? null : f.upload().completedOn()),
            new Column("created_date", Instant.class, PrivateFile::createdDate),
            new Column("modified_date", Instant.class, PrivateFile::modifiedDate),
            new Column("uploaded_name", String.class, PrivateFile::uploadedName));

    /** A new row at the file's version, not export-tagged until its tags are written. */
    static final String INSERT = "INSERT INTO private_files (id, " + joined(c -> c.name()) + ", row_version, export_tagged)"
            + " VALUES (:id, " + joined(c -> ":" + c.name()) + ", :row_version, FALSE)";

    /** Every written column and the next version, when the row is at the file's version. */
    static final String UPDATE = "UPDATE private_files SET " + joined(c -> c.name() + " = :" + c.name())
            + ", row_version = :row_version + 1 WHERE id = :id AND row_version = :row_version";

    /** Every column of a file row for {@code SELECT ... FROM private_files f}, with its tag ids aggregated in. */
    static final String SELECTED = "f.id, " + joined(c -> "f." + c.name()) + ", f.row_version,"
            + " (SELECT ARRAY_AGG(pt.tag_id ORDER BY pt.tag_id) FROM private_file_tags pt WHERE pt.file_id = f.id)"
            + " AS tag_ids";

    private FileColumns() {
    }

    static <S extends SqlStatement<S>> S bind(S statement, PrivateFile file) {
        statement.bind("id", file.id().value()).bind("row_version", file.version());
        for (Column column : WRITTEN) {
            statement.bindByType(column.name(), column.value().apply(file), column.type());
        }
        return statement;
    }

    private static String joined(Function<Column, String> part) {
        return WRITTEN.stream().map(part).collect(Collectors.joining(", "));
    }
}
