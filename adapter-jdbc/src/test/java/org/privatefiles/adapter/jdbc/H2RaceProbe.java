package org.privatefiles.adapter.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.privatefiles.domain.access.ReadScope;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.query.FileCriteria;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.ConcurrentChangeException;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.Md5;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;

/**
 * Race probe on embedded H2 through the persistence adapter (bench/h2-race-probe.sh; not part of
 * the test run): 32 threads rename, replace the content of, delete and recreate, and list 4 file
 * rows for a while, then each row is updated once more alone; prints the operations and every
 * failure other than a refused stale write. Arguments: H2 URL settings, true/false for
 * H2StoreCompaction with H2DurableCommits, seconds.
 */
public final class H2RaceProbe {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("h2race");
        String url = JdbcPersistence.h2FileUrl(dir).replace(JdbcPersistence.H2_SETTINGS, args[0]);
        boolean compaction = Boolean.parseBoolean(args[1]);
        long seconds = Long.parseLong(args[2]);
        try (JdbcPersistence p = JdbcPersistence.open(url, null, null, compaction)) {
            OrgId org = p.directory().createOrg("Race");
            UserId user = p.directory().createUser("r@example.com", "x", false).id();
            Map<Integer, FileId> slots = new ConcurrentHashMap<>();
            for (int i = 0; i < 4; i++) {
                FileId id = p.files().nextId();
                p.files().insert(TestFiles.file(id, org, user, "f" + i).build());
                slots.put(i, id);
            }
            AtomicLong ok = new AtomicLong();
            AtomicLong unexpected = new AtomicLong();
            Map<String, AtomicLong> kinds = new ConcurrentHashMap<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                Thread thread = new Thread(() -> {
                    var rnd = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        int slot = rnd.nextInt(4);
                        FileId id = slots.get(slot);
                        try {
                            PrivateFile file = p.files().find(id).orElse(null);
                            if (file == null) {
                                continue;
                            }
                            switch (rnd.nextInt(4)) {
                                case 0 -> p.files().update(PrivateFileBuilder.from(file).title(Title.of("t" + rnd.nextInt())).build());
                                case 1 -> p.files().update(PrivateFileBuilder.from(file)
                                        .content(new ContentFacts("k" + rnd.nextLong(), rnd.nextInt(1000), Md5.hexOf("x" + rnd.nextInt())))
                                        .modifiedDate(file.modifiedDate().plusMillis(1)).build());
                                case 2 -> {
                                    if (p.files().delete(id, file.version())) {
                                        FileId fresh = p.files().nextId();
                                        p.files().insert(TestFiles.file(fresh, org, user, "again").build());
                                        slots.put(slot, fresh);
                                    }
                                }
                                default -> p.files().list(new ReadScope(org, false, true, user, false, Set.of(), true),
                                        FileCriteria.all()).close();
                            }
                            ok.incrementAndGet();
                        } catch (ConcurrentChangeException | NotFoundException e) {
                            ok.incrementAndGet();
                        } catch (RuntimeException e) {
                            unexpected.incrementAndGet();
                            Throwable root = e;
                            while (root.getCause() != null) {
                                root = root.getCause();
                            }
                            kinds.computeIfAbsent(root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage()).split("\n")[0].replaceAll("[0-9]+", "N"), k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            List<String> after = new ArrayList<>();
            for (FileId id : slots.values()) {
                try {
                    PrivateFile file = p.files().find(id).orElseThrow();
                    p.files().update(PrivateFileBuilder.from(file).title(Title.of("after")).build());
                    after.add(id + " ok");
                } catch (RuntimeException e) {
                    after.add(id + " " + e.getClass().getSimpleName());
                }
            }
            System.out.println("single-threaded updates after the race: " + after);
            System.out.printf("H2 race probe (%s, compaction %s, %d s): %d ok, %d unexpected %s%n", args[0], compaction, seconds,
                    ok.get(), unexpected.get(), kinds);
        }
    }
}
