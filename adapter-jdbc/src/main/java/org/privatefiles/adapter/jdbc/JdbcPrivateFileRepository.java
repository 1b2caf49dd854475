package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.access.ReadScope;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.failure.ConcurrentChangeException;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.UploadPart;
import org.privatefiles.domain.query.FileCriteria;

/**
 * Persistence adapter: private files in {@code private_files} with their tags and upload parts.
 * Listings run entirely in SQL and stream through a cursor (fetch size {@value #FETCH_SIZE}).
 */
final class JdbcPrivateFileRepository implements PrivateFileRepository {
    static final int FETCH_SIZE = 500;
    private static final int KEYS_PER_QUERY = 500;

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final FileListSql listSql;
    private final FileAssembler assembler;
    private final CountCache counts = new CountCache();
    private final FileWriteOrder writes;

    JdbcPrivateFileRepository(Jdbi jdbi, Dialect dialect, SearchSql search, TagLookup tags) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.listSql = new FileListSql(dialect, search);
        this.assembler = new FileAssembler(tags);
        this.writes = FileWriteOrder.of(dialect);
    }

    @Override
    public FileId nextId() {
        return FileId.of(jdbi.withHandle(h -> h.createQuery(dialect.nextFileIdSql()).mapTo(Long.class).one()));
    }

    @Override
    public void insert(PrivateFile file) {
        SqlFailures.conflictOnDuplicate("A file with id " + file.id() + " already exists.", () ->
                jdbi.inTransaction(h -> {
                    FileWriter.insertRow(h, file);
                    OrgFileCounts.added(h, dialect, file.org().value());
                    OrgFileGenerations.raise(h, dialect, file.org().value(), file.id().value());
                    FileWriter.insertTags(h, file.id().value(), file.tags());
                    FileWriter.insertParts(h, file.id().value(), file.chunkedUpload().map(u -> u.parts()).orElse(List.of()));
                    return null;
                }));
    }

    @Override
    public PrivateFile update(PrivateFile file) {
        return writes.run(file.id(), () -> {
            jdbi.useTransaction(h -> {
                if (!FileWriter.updateRow(h, file)) {
                    throw staleOrGone(h, file.id());
                }
                FileWriter.replaceTags(h, file.id().value(), file.tags());
                OrgFileGenerations.raise(h, dialect, file.org().value(), file.id().value());
            });
            return file.nextVersion();
        });
    }

    @Override
    public Optional<PrivateFile> find(OrgId org, FileId id) {
        return jdbi.withHandle(h -> findOne(h, h.createQuery(FileRow.SELECT + " WHERE f.id = :id AND f.org_id = :org")
                .bind("id", id.value()).bind("org", org.value()).mapTo(FileRow.class).list()));
    }

    @Override
    public Optional<PrivateFile> find(FileId id) {
        return jdbi.withHandle(h -> findOne(h, h.createQuery(FileRow.SELECT + " WHERE f.id = :id")
                .bind("id", id.value()).mapTo(FileRow.class).list()));
    }

    @Override
    public boolean delete(FileId id, long version) {
        return writes.run(id, () -> jdbi.inTransaction(h -> {
            Optional<Long> org = h.createQuery("SELECT org_id FROM private_files WHERE id = :id FOR UPDATE")
                    .bind("id", id.value()).mapTo(Long.class).findOne();
            if (org.isEmpty()) {
                return false;
            }
            if (h.createUpdate("DELETE FROM private_files WHERE id = :id AND row_version = :version")
                    .bind("id", id.value()).bind("version", version).execute() == 0) {
                throw stale(id);
            }
            OrgFileCounts.removed(h, org.get());
            OrgFileGenerations.raise(h, dialect, org.get(), id.value());
            return true;
        }));
    }

    @Override
    public Stream<PrivateFile> list(ReadScope scope, FileCriteria criteria) {
        if (scope.readsNothing()) {
            return Stream.empty();
        }
        Handle handle = jdbi.open();
        try {
            handle.begin(); // PostgreSQL reads through a cursor only with auto-commit off
            ResultIterator<FileRow> rows = listSql.list(handle, scope, criteria)
                    .addCustomizer(PlannedForItsValues.INSTANCE)
                    .setFetchSize(FETCH_SIZE)
                    .mapTo(FileRow.class)
                    .iterator();
            return StreamedFiles.of(handle, rows, assembler);
        } catch (RuntimeException e) {
            Handles.release(handle);
            throw e;
        }
    }

    @Override
    public long count(ReadScope scope, FileCriteria criteria) {
        if (scope.readsNothing()) {
            return 0;
        }
        if (FileListSql.countsWholeOrg(scope, criteria)) {
            return jdbi.withHandle(h -> OrgFileCounts.of(h, scope.org().value())
                    - (scope.exportTaggedVisible() ? 0 : listSql.countExportTagged(h, scope.org()).mapTo(Long.class).one()));
        }
        return jdbi.withHandle(h -> {
            long org = scope.org().value();
            OptionalLong remembered = counts.get(scope, criteria, OrgFileGenerations.of(h, org));
            if (remembered.isPresent()) {
                return remembered.getAsLong();
            }
            // the generation and the count in one statement, so both are of the same snapshot
            Map.Entry<Long, Long> taken = listSql.count(scope, criteria)
                    .nested("SELECT " + OrgFileGenerations.SUBQUERY + " AS generation, ", " AS files")
                    .query(h).bind("generationOrg", org).addCustomizer(PlannedForItsValues.INSTANCE)
                    .map((rs, ctx) -> Map.entry(rs.getLong("generation"), rs.getLong("files"))).one();
            counts.put(scope, criteria, taken.getKey(), taken.getValue());
            return taken.getValue();
        });
    }

    @Override
    public Optional<UploadPart> putPart(FileId file, long version, UploadPart part, Instant modifiedDate) {
        return writes.run(file, () -> jdbi.inTransaction(h -> {
            if (h.createUpdate("UPDATE private_files SET row_version = :version + 1, modified_date = :modified"
                            + " WHERE id = :id AND row_version = :version AND upload_id IS NOT NULL AND completed_on IS NULL")
                    .bind("id", file.value()).bind("version", version)
                    .bindByType("modified", modifiedDate, Instant.class).execute() == 0) {
                throw staleOrGone(h, file);
            }
            Optional<UploadPart> replaced = h.createQuery(PartRow.SELECT + " WHERE file_id = :file AND part_number = :number")
                    .bind("file", file.value()).bind("number", part.partNumber())
                    .mapTo(PartRow.class).findOne().map(PartRow::toPart);
            String sql = replaced.isPresent()
                    ? "UPDATE upload_parts SET part_size = :size, etag = :etag, storage_key = :key"
                            + " WHERE file_id = :file AND part_number = :number"
                    : "INSERT INTO upload_parts (file_id, part_number, part_size, etag, storage_key)"
                            + " VALUES (:file, :number, :size, :etag, :key)";
            FileWriter.bindPart(h.createUpdate(sql), file.value(), part).execute();
            return replaced;
        }));
    }

    @Override
    public Set<String> keysInUse(Collection<String> storageKeys) {
        List<String> keys = List.copyOf(new HashSet<>(storageKeys));
        Set<String> inUse = new HashSet<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
            inUse.addAll(jdbi.withHandle(h -> h.createQuery(
                            "SELECT storage_key FROM private_files WHERE storage_key IN (<keys>)"
                                    + " UNION SELECT storage_key FROM upload_parts WHERE storage_key IN (<keys>)")
                    .bindList("keys", chunk).mapTo(String.class).list()));
        }
        return inUse;
    }

    @Override
    public List<PrivateFile> temporaryCreatedBefore(Instant cutoff) {
        return select(FileRow.SELECT + " WHERE f.temporary = TRUE AND f.created_date < :cutoff ORDER BY f.id", cutoff);
    }

    @Override
    public List<PrivateFile> incompleteUploadsCreatedBefore(Instant cutoff) {
        return select(FileRow.SELECT + " WHERE f.upload_id IS NOT NULL AND f.completed_on IS NULL"
                + " AND f.created_date < :cutoff ORDER BY f.id", cutoff);
    }

    @Override
    public boolean isAvailable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<PrivateFile> select(String sql, Instant cutoff) {
        return jdbi.withHandle(h -> {
            List<FileRow> rows = h.createQuery(sql).bindByType("cutoff", cutoff, Instant.class)
                    .mapTo(FileRow.class).list();
            List<PrivateFile> files = new ArrayList<>(rows.size());
            for (int from = 0; from < rows.size(); from += StreamedFiles.BATCH) {
                files.addAll(assembler.assemble(h, rows.subList(from, Math.min(rows.size(), from + StreamedFiles.BATCH))));
            }
            return files;
        });
    }

    private Optional<PrivateFile> findOne(Handle h, List<FileRow> rows) {
        return assembler.assemble(h, rows).stream().findFirst();
    }

    /** Why a compare-and-set write of a file changed no row: the file is gone, or at another version. */
    private static RuntimeException staleOrGone(Handle h, FileId id) {
        return exists(h, id) ? stale(id) : new NotFoundException("No file with id " + id + ".");
    }

    private static ConcurrentChangeException stale(FileId id) {
        return new ConcurrentChangeException("File " + id + " was changed by another write.");
    }

    private static boolean exists(Handle h, FileId id) {
        return h.createQuery("SELECT 1 FROM private_files WHERE id = :id").bind("id", id.value())
                .mapTo(Integer.class).findOne().isPresent();
    }
}
