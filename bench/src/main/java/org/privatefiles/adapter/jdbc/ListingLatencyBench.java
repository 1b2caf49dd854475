package org.privatefiles.adapter.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.privatefiles.domain.access.ReadScope;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.query.FileCriteria;
import org.privatefiles.domain.query.Ordering;
import org.privatefiles.domain.query.Paging;
import org.privatefiles.domain.query.SearchTerms;
import org.privatefiles.domain.tag.FileTagId;

/**
 * Bench, not a test: loads N private files (10 orgs, the 53 standard tags, random titles,
 * statuses, owners and projects) with bulk inserts (H2: JDBC batches; PostgreSQL: COPY), then
 * prints p50/p95 latencies of typical listings through the repository, and their query plans.
 * Arguments: {@code h2 <rows> <folder>} or {@code postgres <rows> <server jdbc url>}.
 */
public final class ListingLatencyBench {
    private static final int ORGS = 10;
    private static final int USERS = 200;
    private static final int PROJECTS_PER_ORG = 50;
    private static final int WARMUP = 5;
    private static final int RUNS = 40;
    private static final String COMMON_WORD = "invoice";
    private static final String RARE_WORD = "quokka";
    private static final List<String> WORDS = List.of("invoice", "roof", "plan", "photo", "report", "site", "panel",
            "contract", "design", "inverter", "meter", "bill", "survey", "permit", "drawing", "layout", "array",
            "battery", "north", "south", "east", "west", "garage", "barn", "house", "shed", "final", "draft",
            "signed", "scan", "copy", "revision", "estimate", "quote", "proposal", "warranty", "manual", "shading",
            "model", "backup", "export", "summary", "letter", "notice", "approval", "inspection", "checklist",
            "diagram", "schedule", "receipt", "order", "delivery", "install", "commissioning", "test", "result",
            "customer", "utility", "grid", "tariff");
    private static final List<String> EXTENSIONS = List.of(".pdf", ".jpg", ".png", ".docx", ".xlsx", ".csv", ".zip");
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    private ListingLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        int rows = Integer.parseInt(args[1]);
        String target = args[2];
        boolean postgres = kind.equals("postgres");
        String schema = "pf_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url;
        if (postgres) {
            try (Connection c = DriverManager.getConnection(target)) {
                c.createStatement().execute("CREATE SCHEMA " + schema);
            }
            url = target + (target.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        } else {
            Path folder = Path.of(target);
            BenchFolders.deleteRecursively(folder);
            Files.createDirectories(folder);
            url = JdbcPersistence.h2FileUrl(folder);
        }
        System.out.printf(Locale.ROOT, "%n===== %s: %,d files =====%n", postgres ? "PostgreSQL" : "H2", rows);
        try (JdbcPersistence persistence = JdbcPersistence.open(url, null, null)) {
            long started = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url)) {
                c.setAutoCommit(false);
                if (postgres) {
                    copyIntoPostgres(c, rows);
                } else {
                    batchIntoH2(c, rows);
                    c.commit();
                }
            }
            System.out.printf(Locale.ROOT, "loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
            measure(persistence, url, postgres);
        } finally {
            if (postgres) {
                try (Connection c = DriverManager.getConnection(target)) {
                    c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    // ---- the queries ----

    private record Case(String name, ReadScope scope, FileCriteria criteria) {
    }

    private static List<Case> cases(OrgId org) {
        ReadScope orgWide = new ReadScope(org, false, true, UserId.of(1), false, Set.of(), true);
        ReadScope orgWideNoExport = new ReadScope(org, false, true, UserId.of(1), false, Set.of(), false);
        Paging first50 = new Paging(0, 50);
        FileCriteria all = FileCriteria.all();
        return List.of(
                new Case("default first page of 50 (org-wide)", orgWide, all.withPaging(first50)),
                new Case("default first page of 50 (org-wide, no export permission)", orgWideNoExport, all.withPaging(first50)),
                new Case("search one common term '" + COMMON_WORD + "', first 50", orgWide, criteria(
                        new SearchTerms(List.of(COMMON_WORD)), Set.of(), Ordering.DEFAULT, first50)),
                new Case("search one rare term '" + RARE_WORD + "', first 50", orgWide, criteria(
                        new SearchTerms(List.of(RARE_WORD)), Set.of(), Ordering.DEFAULT, first50)),
                new Case("tag filter file_tags=38, first 50", orgWide, criteria(
                        SearchTerms.NONE, Set.of(FileTagId.of(38)), Ordering.DEFAULT, first50)),
                new Case("ordering=filesize, first 50", orgWide, criteria(
                        SearchTerms.NONE, Set.of(), Ordering.parse("filesize"), first50)),
                new Case("ordering=-filesize, first 50", orgWide, criteria(
                        SearchTerms.NONE, Set.of(), Ordering.parse("-filesize"), first50)));
    }

    private static FileCriteria criteria(SearchTerms search, Set<FileTagId> anyTags, Ordering ordering, Paging paging) {
        return new FileCriteria(Optional.empty(), Optional.empty(), anyTags, Set.of(), search, ordering, Optional.of(paging));
    }

    private static void measure(JdbcPersistence persistence, String url, boolean postgres) {
        List<Case> names = cases(OrgId.of(1));
        System.out.printf(Locale.ROOT, "%-62s %9s %9s %6s%n", "query (repository list(), rows read to the end)", "p50 ms", "p95 ms", "rows");
        for (int c = 0; c < names.size(); c++) {
            List<Double> millis = new ArrayList<>();
            int rows = 0;
            for (int run = 0; run < WARMUP + RUNS; run++) {
                Case query = cases(OrgId.of(1 + run % ORGS)).get(c);
                long start = System.nanoTime();
                try (Stream<PrivateFile> files = persistence.files().list(query.scope(), query.criteria())) {
                    rows = files.toList().size();
                }
                if (run >= WARMUP) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "%-62s %9.2f %9.2f %6d%n", names.get(c).name(), percentile(millis, 50),
                    percentile(millis, 95), rows);
        }
        List<Double> counts = new ArrayList<>();
        for (int run = 0; run < WARMUP + RUNS; run++) {
            Case query = cases(OrgId.of(1 + run % ORGS)).get(0);
            long start = System.nanoTime();
            persistence.files().count(query.scope(), query.criteria());
            if (run >= WARMUP) {
                counts.add((System.nanoTime() - start) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "%-62s %9.2f %9.2f%n", "count of an org's files (X-Total-Count)", percentile(counts, 50),
                percentile(counts, 95));
        explain(url, postgres, names);
    }

    private static void explain(String url, boolean postgres, List<Case> cases) {
        Jdbi jdbi = JdbiFactory.create(dataSource(url, postgres));
        Dialect dialect = postgres ? Dialect.POSTGRES : Dialect.H2;
        FileListSql sql = new FileListSql(dialect, SearchSql.probe(jdbi, dialect));
        String explain = postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        for (Case c : cases) {
            System.out.printf(Locale.ROOT, "%n--- %s%s%n", postgres ? "EXPLAIN (ANALYZE, BUFFERS): " : "H2 EXPLAIN ANALYZE: ", c.name());
            List<String> plan = jdbi.withHandle(h -> sql.listing(c.scope(), c.criteria()).query(h, explain)
                    .mapTo(String.class).list());
            plan.forEach(System.out::println);
        }
    }

    private static javax.sql.DataSource dataSource(String url, boolean postgres) {
        if (postgres) {
            var ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setURL(url);
            return ds;
        }
        var ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        return ds;
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    // ---- the data ----

    private static final String COLUMNS = "id, org_id, project_id, user_id, document_template_id, title, storage_key,"
            + " filesize, file_hash, system_uuid, input_data, input_data_hash, status, status_message, show_customer,"
            + " temporary, upload_id, completed_on, created_date, modified_date, export_tagged";

    /** One generated file row, and its tag ids. */
    private record Row(long id, long org, Long project, long user, String title, String storageKey, Long filesize,
                       String fileHash, String systemUuid, String inputData, String inputDataHash, String status,
                       String statusMessage, boolean showCustomer, String uploadId, Instant created, Instant modified,
                       List<Long> tags) {
        boolean exportTagged() {
            return tags.contains(33L);
        }
    }

    private static Row row(Random random, long id) {
        long org = 1 + (id % ORGS);
        StringBuilder title = new StringBuilder();
        for (int w = 0, n = 2 + random.nextInt(3); w < n; w++) {
            title.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        if (random.nextInt(10_000) == 0) {
            title.append(' ').append(RARE_WORD);
        }
        title.append(' ').append(random.nextInt(100_000)).append(EXTENSIONS.get(random.nextInt(EXTENSIONS.size())));
        int s = random.nextInt(100);
        String status = s < 80 ? "created" : s < 85 ? "uploading" : s < 95 ? null : "reviewed";
        boolean uploading = "uploading".equals(status);
        String inputData = null;
        if (random.nextInt(10) < 3) {
            inputData = "{\"customer\":\"" + WORDS.get(random.nextInt(WORDS.size())) + " " + random.nextInt(1000)
                    + "\",\"n\":" + random.nextInt(100) + "}";
        }
        List<Long> tags = new ArrayList<>();
        for (int t = 0, n = random.nextInt(4); t < n; t++) {
            long tag = 1 + random.nextInt(53);
            if (tag == 33 && random.nextInt(10) != 0) {
                tag = 38;
            }
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        Instant created = BASE.minus(random.nextInt(365 * 24 * 3600), ChronoUnit.SECONDS)
                .plus(random.nextInt(1_000_000), ChronoUnit.MICROS);
        Instant modified = created.plus(random.nextInt(30 * 24 * 3600), ChronoUnit.SECONDS);
        return new Row(id, org,
                random.nextInt(10) < 3 ? null : org * 1000 + random.nextInt(PROJECTS_PER_ORG),
                1 + random.nextInt(USERS),
                title.toString(),
                uploading ? null : "key-" + id,
                uploading ? null : (long) Math.exp(random.nextDouble() * 20),
                uploading ? null : md5(random),
                random.nextBoolean() ? new UUID(random.nextLong(), random.nextLong()).toString() : null,
                inputData,
                inputData == null ? null : md5(random),
                status,
                random.nextInt(5) == 0 ? "Processed by " + WORDS.get(random.nextInt(WORDS.size())) : null,
                random.nextBoolean(),
                uploading ? "upload-" + id : null,
                created, modified, tags);
    }

    private static String md5(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void batchIntoH2(Connection c, int rows) throws SQLException {
        Random random = new Random(42);
        try (PreparedStatement files = c.prepareStatement("INSERT INTO private_files (" + COLUMNS + ") VALUES ("
                + "?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, NULL, ?, ?, ?)");
             PreparedStatement tags = c.prepareStatement("INSERT INTO private_file_tags (file_id, tag_id) VALUES (?, ?)")) {
            for (long id = 1; id <= rows; id++) {
                Row r = row(random, id);
                int i = 1;
                files.setLong(i++, r.id());
                files.setLong(i++, r.org());
                setLong(files, i++, r.project());
                files.setLong(i++, r.user());
                files.setString(i++, r.title());
                files.setString(i++, r.storageKey());
                setLong(files, i++, r.filesize());
                files.setString(i++, r.fileHash());
                files.setString(i++, r.systemUuid());
                files.setString(i++, r.inputData());
                files.setString(i++, r.inputDataHash());
                files.setString(i++, r.status());
                files.setString(i++, r.statusMessage());
                files.setBoolean(i++, r.showCustomer());
                files.setString(i++, r.uploadId());
                files.setObject(i++, r.created().atOffset(ZoneOffset.UTC));
                files.setObject(i++, r.modified().atOffset(ZoneOffset.UTC));
                files.setBoolean(i, r.exportTagged());
                files.addBatch();
                for (Long tag : r.tags()) {
                    tags.setLong(1, id);
                    tags.setLong(2, tag);
                    tags.addBatch();
                }
                if (id % 5_000 == 0) {
                    files.executeBatch();
                    tags.executeBatch();
                    c.commit();
                }
            }
            files.executeBatch();
            tags.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER SEQUENCE private_file_ids RESTART WITH " + (rows + 1));
            s.execute("ANALYZE");
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void copyIntoPostgres(Connection c, int rows) throws SQLException {
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        Random random = new Random(42);
        List<long[]> tagRows = new ArrayList<>();
        CopyIn files = copy.copyIn("COPY private_files (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)");
        StringBuilder buffer = new StringBuilder(1 << 20);
        for (long id = 1; id <= rows; id++) {
            Row r = row(random, id);
            csv(buffer, r.id(), r.org(), r.project(), r.user(), null, r.title(), r.storageKey(), r.filesize(), r.fileHash(),
                    r.systemUuid(), r.inputData(), r.inputDataHash(), r.status(), r.statusMessage(), r.showCustomer(),
                    false, r.uploadId(), null, r.created(), r.modified(), r.exportTagged());
            for (Long tag : r.tags()) {
                tagRows.add(new long[] {id, tag});
            }
            if (buffer.length() > (1 << 20) - 4096) {
                write(files, buffer);
            }
        }
        write(files, buffer);
        files.endCopy();
        CopyIn tags = copy.copyIn("COPY private_file_tags (file_id, tag_id) FROM STDIN WITH (FORMAT csv)");
        for (long[] tag : tagRows) {
            buffer.append(tag[0]).append(',').append(tag[1]).append('\n');
            if (buffer.length() > (1 << 20) - 64) {
                write(tags, buffer);
            }
        }
        write(tags, buffer);
        tags.endCopy();
        try (Statement s = c.createStatement()) {
            s.execute("SELECT setval('private_file_ids', " + rows + ")");
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE private_files");
            s.execute("VACUUM ANALYZE private_file_tags");
        }
    }

    private static void csv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String text = v instanceof Instant instant ? instant.toString() : v.toString();
            if (v instanceof String) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append('\n');
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
