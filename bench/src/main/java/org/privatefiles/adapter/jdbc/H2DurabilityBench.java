package org.privatefiles.adapter.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.privatefiles.application.StandardFileTags;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;
import org.privatefiles.domain.tag.FileTag;

/**
 * Bench, not a test: creates N file rows (with tags) through the repository into a fresh embedded
 * H2 database opened with the given URL settings, from T threads, then prints the create rate and
 * the size of {@code private-files.mv.db} while open and after close.
 * Arguments: {@code <label> <url settings, e.g. ;WRITE_DELAY=0> <rows> <threads> <folder> [compaction] [checkpoint]};
 * with {@code compaction}, {@link H2StoreCompaction} runs as in production; with {@code checkpoint},
 * every create is followed by {@code CHECKPOINT} on the thread's own connection.
 */
public final class H2DurabilityBench {
    private static final List<FileTag> TAGS = StandardFileTags.all();
    private static final List<String> WORDS = List.of("invoice", "roof", "plan", "photo", "report", "site", "panel",
            "contract", "design", "inverter", "meter", "bill", "survey", "permit", "drawing", "layout", "array",
            "battery", "north", "south", "garage", "barn", "house", "final", "draft", "signed", "scan", "quote");
    private static final List<String> EXTENSIONS = List.of(".pdf", ".jpg", ".png", ".docx", ".xlsx", ".csv", ".zip");

    private H2DurabilityBench() {
    }

    public static void main(String[] args) throws Exception {
        String label = args[0];
        String settings = args[1];
        int rows = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        Path folder = Path.of(args[4]).toAbsolutePath();
        List<String> flags = List.of(args).subList(5, args.length);
        boolean checkpoint = flags.contains("checkpoint");
        boolean compaction = flags.contains("compaction");
        BenchFolders.deleteRecursively(folder);
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.resolve("private-files") + settings;
        Path dbFile = folder.resolve("private-files.mv.db");

        long openBytes;
        double seconds;
        try (JdbcPersistence persistence = JdbcPersistence.open(url, null, null, compaction)) {
            OrgId org = persistence.directory().createOrg("Bench");
            UserId user = persistence.directory().createUser("bench@example.com", "x", false).id();
            ProjectId project = persistence.directory().createProject(org, "Bench project").id();
            long initialBytes = Files.size(dbFile);
            AtomicLong next = new AtomicLong();
            List<Thread> workers = new ArrayList<>();
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    try (Connection own = checkpoint ? DriverManager.getConnection(url) : null;
                            Statement checkpointer = own == null ? null : own.createStatement()) {
                        while (next.getAndIncrement() < rows) {
                            create(persistence, org, user, project);
                            if (checkpointer != null) {
                                checkpointer.execute("CHECKPOINT");
                            }
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            seconds = (System.nanoTime() - start) / 1e9;
            if (!failures.isEmpty()) {
                throw new IllegalStateException(failures.size() + " workers failed", failures.get(0));
            }
            openBytes = Files.size(dbFile);
            System.out.printf(Locale.ROOT, "(file after migrations: %.1f MiB)%n", initialBytes / 1048576.0);
        }
        long closedBytes = Files.size(dbFile);
        System.out.printf(Locale.ROOT, "RESULT | %s | %d threads | %,d creates | %.1f s | %,.0f creates/s | %.1f MiB open | %.1f MiB after close%n",
                label, threads, rows, seconds, rows / seconds, openBytes / 1048576.0, closedBytes / 1048576.0);
        BenchFolders.deleteRecursively(folder);
    }

    /** One create as the service makes it: a fresh id, then the row with 1-3 tags in one transaction. */
    private static void create(JdbcPersistence persistence, OrgId org, UserId user, ProjectId project) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        FileId id = persistence.files().nextId();
        String title = WORDS.get(random.nextInt(WORDS.size())) + "-" + WORDS.get(random.nextInt(WORDS.size()))
                + "-" + random.nextInt(10_000) + EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
        List<FileTag> tags = new ArrayList<>();
        int tagCount = 1 + random.nextInt(3);
        while (tags.size() < tagCount) {
            FileTag tag = TAGS.get(random.nextInt(TAGS.size()));
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        tags.sort(Comparator.comparingLong(t -> t.id().value()));
        byte[] md5 = new byte[16];
        random.nextBytes(md5);
        Instant now = Instant.now();
        persistence.files().insert(new PrivateFileBuilder()
                .id(id).org(org).project(project).user(user).title(Title.of(title))
                .content(new ContentFacts(UUID.randomUUID().toString(), 1_000 + random.nextInt(5_000_000),
                        HexFormat.of().formatHex(md5)))
                .tags(tags)
                .status("created").statusMessage("uploaded by the durability bench")
                .createdDate(now).modifiedDate(now)
                .build());
    }
}
