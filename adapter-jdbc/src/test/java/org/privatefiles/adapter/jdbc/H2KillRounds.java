package org.privatefiles.adapter.jdbc;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;

/**
 * Kill rounds on embedded H2 without HTTP (bench/h2-kill-rounds.sh; not part of the test run):
 * many more kills per minute than the service's crash rounds. {@code child URL}: 8 threads insert
 * and rename file rows through the adapter and print each acknowledged write; {@code parent DIR
 * ROUNDS}: runs a child on one database file, kills it with SIGKILL after a random 0.3-2 s, reopens
 * the database and checks that every printed write is there; prints the counts and exits 1 on a loss
 * ({@link H2KillTest} runs a few rounds in the suite).
 */
public final class H2KillRounds {
    private static final int THREADS = 8;

    private H2KillRounds() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(args[1], Boolean.parseBoolean(args[2]));
        } else {
            String settings = args.length > 3 ? args[3] : JdbcPersistence.H2_SETTINGS;
            boolean compaction = args.length <= 4 || Boolean.parseBoolean(args[4]);
            Outcome outcome = parent(Path.of(args[1]), Integer.parseInt(args[2]), settings, compaction);
            System.out.printf("H2 kill rounds (%s, compaction %s): %d rounds, %d writes acknowledged, %d checks, %d lost%n",
                    settings, compaction, outcome.rounds(), outcome.acknowledged(), outcome.checks(), outcome.lost());
            System.exit(outcome.lost() == 0 ? 0 : 1);
        }
    }

    private static void child(String url, boolean compaction) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (JdbcPersistence persistence = JdbcPersistence.open(url, null, null, compaction)) {
            OrgId org = persistence.directory().createOrg("Kill " + System.nanoTime());
            UserId user = persistence.directory().createUser("k" + System.nanoTime() + "@example.com", "x", false).id();
            out.println("ready");
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Thread thread = new Thread(() -> {
                    var files = persistence.files();
                    while (true) {
                        FileId id = files.nextId();
                        PrivateFile file = TestFiles.file(id, org, user, "created-" + id.value()).build();
                        files.insert(file);
                        out.println("create " + id.value() + " created-" + id.value());
                        String renamed = "renamed-" + id.value();
                        files.update(PrivateFileBuilder.from(file).title(Title.of(renamed)).build());
                        out.println("title " + id.value() + " " + renamed);
                    }
                });
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    /** What the rounds saw: writes acknowledged before the kills, checks made after them, writes missing. */
    record Outcome(int rounds, int acknowledged, long checks, long lost) {
    }

    /** Runs the rounds on a database in {@code dir} with these H2 URL settings, with or without H2StoreCompaction. */
    static Outcome parent(Path dir, int rounds, String settings, boolean compaction) throws Exception {
        Files.createDirectories(dir);
        String url = JdbcPersistence.h2FileUrl(dir).replace(JdbcPersistence.H2_SETTINGS, settings);
        Map<Long, String> acknowledged = new HashMap<>();
        long lost = 0;
        long checks = 0;
        for (int round = 1; round <= rounds; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), H2KillRounds.class.getName(), "child", url, Boolean.toString(compaction))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            if (!"ready".equals(lines.readLine())) {
                throw new IllegalStateException("the child did not start");
            }
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(300, 2000));
            Thread killer = new Thread(() -> {
                try {
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, killAt - System.nanoTime()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                child.destroyForcibly(); // SIGKILL
            });
            killer.start();
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] parts = line.split(" ");
                    if (parts.length == 3) {
                        acknowledged.put(Long.parseLong(parts[1]), parts[2]);
                    }
                }
            } catch (java.io.IOException e) {
                // the kill closed the pipe; what was read before is what was acknowledged
            }
            child.waitFor();
            killer.join();
            List<String> missing = new ArrayList<>();
            try (JdbcPersistence persistence = JdbcPersistence.open(url, null, null)) {
                for (var entry : acknowledged.entrySet()) {
                    checks++;
                    String title = persistence.files().find(FileId.of(entry.getKey()))
                            .map(f -> f.title().value()).orElse(null);
                    // after an acknowledged create, its rename may be there even if the kill came before its acknowledgement
                    boolean later = entry.getValue().startsWith("created-") && ("renamed-" + entry.getKey()).equals(title);
                    if (title == null || !(title.equals(entry.getValue()) || later)) {
                        missing.add(entry.getKey() + " is " + title + ", not " + entry.getValue());
                    }
                }
            }
            lost += missing.size();
            System.out.printf("round %d: %d acknowledged so far, %d missing %s%n", round, acknowledged.size(),
                    missing.size(), missing.size() > 5 ? missing.subList(0, 5) : missing);
        }
        return new Outcome(rounds, acknowledged.size(), checks, lost);
    }
}
