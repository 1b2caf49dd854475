package org.privatefiles.adapter.jdbc;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.domain.failure.ConflictException;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/** Persistence adapter: the file tag catalogue in {@code file_tags}; a new tag takes the id after the largest. */
final class JdbcFileTagCatalog implements FileTagCatalog {
    private static final int ATTEMPTS = 10;

    private final Jdbi jdbi;

    JdbcFileTagCatalog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<FileTag> all() {
        return jdbi.withHandle(h -> h.createQuery(TagRow.SELECT + " ORDER BY id")
                .mapTo(TagRow.class).map(TagRow::toTag).list());
    }

    @Override
    public Optional<FileTag> find(FileTagId id) {
        return jdbi.withHandle(h -> h.createQuery(TagRow.SELECT + " WHERE id = :id")
                .bind("id", id.value()).mapTo(TagRow.class).map(TagRow::toTag).findOne());
    }

    @Override
    public Optional<FileTag> findByTitle(String title) {
        return jdbi.withHandle(h -> findByTitle(h, title));
    }

    /** Takes MAX(id) + 1; a concurrent create of the same id (a unique violation) makes it try again. */
    @Override
    public FileTag create(String title, boolean export) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> insert(h, title, export));
            } catch (RuntimeException e) {
                if (!SqlFailures.isUniqueViolation(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS || findByTitle(title).isPresent()) {
                    throw conflict();
                }
            }
        }
    }

    private static FileTag insert(Handle h, String title, boolean export) {
        if (findByTitle(h, title).isPresent()) {
            throw conflict();
        }
        long id = h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM file_tags").mapTo(Long.class).one();
        h.createUpdate("INSERT INTO file_tags (id, title, tag_type, export) VALUES (:id, :title, :type, :export)")
                .bind("id", id).bind("title", title).bind("type", FileTag.PRIVATE_TYPE).bind("export", export)
                .execute();
        return new FileTag(FileTagId.of(id), title, FileTag.PRIVATE_TYPE, export);
    }

    private static Optional<FileTag> findByTitle(Handle h, String title) {
        return h.createQuery(TagRow.SELECT + " WHERE title = :title")
                .bind("title", title).mapTo(TagRow.class).map(TagRow::toTag).findOne();
    }

    private static ConflictException conflict() {
        return new ConflictException("A file tag with this title already exists.");
    }
}
