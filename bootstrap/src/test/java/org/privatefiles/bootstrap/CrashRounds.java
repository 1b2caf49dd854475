package org.privatefiles.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privatefiles.adapter.http.contract.Multipart;

/**
 * Crash rounds against the packaged jar: {@code serve} in its own JVM, 8 client threads creating
 * files (multipart), patching titles and uploading chunked parts, SIGKILL of the JVM at a random
 * moment, a restart on the same data; after every restart, everything that got a 2xx is checked
 * (file listed with its bytes and MD5, last acknowledged title, parts listed), and every listed
 * file with content must download whole. Used by the crash ITs and by {@code bench/crash-rounds.sh}.
 */
final class CrashRounds {
    static final int THREADS = 8;
    /** Acknowledgements to wait for in a round before the kill may come (there is no time bound to tune). */
    static final int ACKS_BEFORE_KILL = 30;
    static final int MAX_EXTRA_MILLIS_BEFORE_KILL = 1_500;
    static final int SIGKILL_EXIT_STATUS = 128 + 9;
    private static final Pattern PORT = Pattern.compile("on port (\\d+)");

    private final Path dataDir;
    private final List<String> databaseFlags;
    private final Random random;
    private final AcknowledgedWrites ledger = new AcknowledgedWrites();
    /** What was found missing, by item (a file's existence, content or title; a part), first sighting only. */
    private final Map<String, String> lost = new java.util.LinkedHashMap<>();
    private String filesPath;
    private String token;
    private int checksMade;

    /** The outcome of all rounds: what was acknowledged, how much was checked, and what was missing. */
    record Outcome(int rounds, int creates, int patches, int uploadStarts, int parts, int checks, List<String> lost,
            int cutOff, int refused, List<String> refusals) {
        int acknowledged() {
            return creates + patches + uploadStarts + parts;
        }

        String summary() {
            return String.format(java.util.Locale.ROOT, "%d rounds: %d 2xx seen (%d creates, %d title patches, %d upload starts, %d parts),"
                    + " %d checks after restarts, %d lost, %d requests cut off by the kill, %d refused %s",
                    rounds, acknowledged(), creates, patches, uploadStarts, parts, checks, lost.size(), cutOff, refused, refusals);
        }
    }

    CrashRounds(Path dataDir, List<String> databaseFlags, long seed) {
        this.dataDir = dataDir;
        this.databaseFlags = databaseFlags;
        this.random = new Random(seed);
    }

    /** Makes the account, then runs the rounds; each round ends with a kill, and each start after one with the checks. */
    Outcome run(int rounds) {
        makeAccount();
        for (int round = 1; round <= rounds; round++) {
            Serving serving = startServer();
            try {
                ApiClient api = new ApiClient(serving.baseUrl(), token);
                if (round > 1) {
                    check(api, round);
                }
                load(api, serving.process());
            } finally {
                serving.process().kill();
            }
        }
        Serving serving = startServer();
        try {
            check(new ApiClient(serving.baseUrl(), token), rounds + 1);
        } finally {
            serving.process().terminate();
        }
        return new Outcome(rounds, ledger.creates.get(), ledger.patches.get(), ledger.uploadStarts.get(), ledger.parts.get(),
                checksMade, List.copyOf(lost.values()), ledger.cutOff.get(), ledger.refused.get(), ledger.refusals());
    }

    private void makeAccount() {
        long org = Long.parseLong(cli("org", "create", "--name", "Crash org").printedLine());
        long user = Long.parseLong(cli("user", "create", "--email", "crash-" + UUID.randomUUID() + "@example.com").printedLine());
        cli("member", "add", "--org", "" + org, "--user", "" + user, "--role", "pro", "--files-org-wide",
                "--projects", "all", "--level", "edit");
        token = cli("token", "create", "--user", "" + user).printedLine();
        filesPath = "/api/orgs/" + org + "/private_files/";
    }

    private CliRun cli(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        all.addAll(databaseFlags);
        CliRun run = CliRun.of(Map.of(), all.toArray(String[]::new));
        if (run.status() != 0) {
            throw new AssertionError("setup command " + List.of(args) + " failed: " + run.stderr());
        }
        return run;
    }

    /** A started service and its address. */
    private record Serving(JarProcess process, String baseUrl) {
    }

    /**
     * Starts {@code serve} on a free port. The service picks the free port before it binds it, so
     * another process may take it in between on a busy machine: then it tries again.
     */
    private Serving startServer() {
        var args = new ArrayList<>(List.of("serve", "--port", "0", "--data-dir", dataDir.toString(),
                "--throttle-org-per-day", "1000000000", "--throttle-user-per-hour", "1000000000", "--min-part-bytes", "1"));
        args.addAll(databaseFlags);
        for (int attempt = 1; ; attempt++) {
            JarProcess process = JarProcess.start(args.toArray(String[]::new));
            String line = process.awaitStderrLineWithAny("private-files serving", "Port already in use");
            Matcher port = PORT.matcher(line);
            if (line.contains("private-files serving") && port.find()) {
                return new Serving(process, "http://127.0.0.1:" + port.group(1));
            }
            process.kill();
            if (attempt == 3) {
                throw new AssertionError("the service did not start: " + line);
            }
        }
    }

    // ---- the load, and the kill ----

    private void load(ApiClient api, JarProcess server) {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Client client = new Client(api, new Random(random.nextLong()), stop);
            Thread thread = new Thread(client::run, "crash-client-" + t);
            clients.add(thread);
            thread.start();
        }
        int target = ledger.acknowledged() + ACKS_BEFORE_KILL;
        long safetyNet = System.nanoTime() + 120_000_000_000L;
        while (ledger.acknowledged() < target && System.nanoTime() < safetyNet) {
            sleep(10);
        }
        sleep(random.nextInt(MAX_EXTRA_MILLIS_BEFORE_KILL));
        server.kill();
        stop.set(true);
        for (Thread thread : clients) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        int status = server.waitForExit().status();
        if (status != SIGKILL_EXIT_STATUS) {
            throw new AssertionError("the service's JVM was not ended by SIGKILL: exit status " + status);
        }
    }

    /** One client thread: sequential writes on its own files, so that the ledger knows each file's possible titles. */
    private final class Client {
        private final ApiClient api;
        private final Random random;
        private final AtomicBoolean stop;
        private final List<AcknowledgedWrites.CreatedFile> mine = new ArrayList<>();
        private long upload;
        private int nextPart;

        Client(ApiClient api, Random random, AtomicBoolean stop) {
            this.api = api;
            this.random = random;
            this.stop = stop;
        }

        void run() {
            while (!stop.get()) {
                int dice = random.nextInt(10);
                try {
                    if (dice < 4 || mine.isEmpty()) {
                        create();
                    } else if (dice < 7) {
                        patchTitle();
                    } else {
                        uploadPart();
                    }
                } catch (UncheckedIOException e) {
                    ledger.cutOff.incrementAndGet();
                    sleep(5);
                }
            }
        }

        private void create() {
            byte[] content = bytes(1 + random.nextInt(48 * 1024));
            String title = "crash-" + UUID.randomUUID() + ".bin";
            HttpResponse<byte[]> response = api.upload(filesPath, new Multipart().field("title", title)
                    .field("file_tags", "Extra File").file("file_contents", title, content));
            if (response.statusCode() != 201) {
                ledger.refusedWith("create " + response.statusCode());
                return;
            }
            long id = ApiClient.json(response).get("id").asLong();
            var file = new AcknowledgedWrites.CreatedFile(id, content.length, md5(content), title);
            ledger.files.put(id, file);
            ledger.creates.incrementAndGet();
            mine.add(file);
        }

        private void patchTitle() {
            AcknowledgedWrites.CreatedFile file = mine.get(random.nextInt(mine.size()));
            String title = "patched-" + UUID.randomUUID() + ".bin";
            file.titleSent(title);
            HttpResponse<byte[]> response = api.patchJson(filesPath + file.id + "/",
                    ApiClient.JSON.createObjectNode().put("title", title).toString());
            if (response.statusCode() != 200) {
                ledger.refusedWith("patch " + response.statusCode());
                return;
            }
            file.titleAcknowledged(title);
            ledger.patches.incrementAndGet();
        }

        private void uploadPart() {
            if (upload == 0 || nextPart > 4) {
                HttpResponse<byte[]> started = api.postJson(filesPath,
                        ApiClient.JSON.createObjectNode().put("title", "chunked-" + UUID.randomUUID() + ".bin").toString());
                if (started.statusCode() != 201) {
                    ledger.refusedWith("upload start " + started.statusCode());
                    return;
                }
                upload = ApiClient.json(started).get("id").asLong();
                nextPart = 1;
                ledger.uploads.put(upload, new ConcurrentHashMap<>());
                ledger.uploadStarts.incrementAndGet();
            }
            byte[] part = bytes(1 + random.nextInt(16 * 1024));
            HttpResponse<byte[]> response = api.putBytes(filesPath + upload + "/parts/" + nextPart + "/", part);
            if (response.statusCode() != 200) {
                ledger.refusedWith("part " + response.statusCode());
                return;
            }
            ledger.uploads.get(upload).put(nextPart, new AcknowledgedWrites.Part(nextPart, part.length, md5(part)));
            ledger.parts.incrementAndGet();
            nextPart++;
        }

        private byte[] bytes(int size) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            return bytes;
        }
    }

    // ---- the checks after a restart ----

    private void check(ApiClient api, int start) {
        for (AcknowledgedWrites.CreatedFile file : ledger.files.values()) {
            checkFile(api, file, start);
        }
        for (Map.Entry<Long, Map<Integer, AcknowledgedWrites.Part>> upload : ledger.uploads.entrySet()) {
            checkParts(api, upload.getKey(), upload.getValue(), start);
        }
        HttpResponse<byte[]> listing = api.get(filesPath);
        if (listing.statusCode() != 200) {
            throw new AssertionError("listing after restart " + start + ": " + listing.statusCode());
        }
        for (JsonNode listed : ApiClient.json(listing)) {
            if (!listed.get("file_contents").isNull()) {
                checksMade++;
                String problem = wholeContentProblem(api, listed);
                if (problem != null) {
                    lose("content " + listed.get("id").asLong(), "start " + start + ": listed file " + listed.get("id").asLong() + " " + problem);
                }
            }
        }
    }

    private void checkFile(ApiClient api, AcknowledgedWrites.CreatedFile file, int start) {
        checksMade++;
        HttpResponse<byte[]> response = api.get(filesPath + file.id + "/");
        if (response.statusCode() != 200) {
            lose("file " + file.id, "start " + start + ": created file " + file.id + " answered " + response.statusCode());
            return;
        }
        JsonNode found = ApiClient.json(response);
        if (found.get("filesize").asLong() != file.size || !found.get("file_hash").asText().equals(file.md5)) {
            lose("content " + file.id, "start " + start + ": created file " + file.id + " has other content facts: " + found);
        }
        String title = found.get("title").asText();
        if (!file.possibleTitles().contains(title)) {
            lose("title " + file.id + " " + file.possibleTitles(), "start " + start + ": file " + file.id + " has title " + title
                    + ", not one of " + file.possibleTitles());
        }
        String problem = wholeContentProblem(api, found);
        if (problem != null) {
            lose("content " + file.id, "start " + start + ": created file " + file.id + " " + problem);
        }
    }

    private void checkParts(ApiClient api, long upload, Map<Integer, AcknowledgedWrites.Part> parts, int start) {
        checksMade++;
        HttpResponse<byte[]> response = api.get(filesPath + upload + "/");
        if (response.statusCode() != 200) {
            lose("file " + upload, "start " + start + ": upload " + upload + " answered " + response.statusCode());
            return;
        }
        Map<Integer, AcknowledgedWrites.Part> listed = new java.util.HashMap<>();
        for (JsonNode part : ApiClient.json(response).get("parts")) {
            int number = part.get("part_number").asInt();
            listed.put(number, new AcknowledgedWrites.Part(number, part.get("size").asLong(), part.get("etag").asText()));
        }
        for (AcknowledgedWrites.Part part : parts.values()) {
            if (!part.equals(listed.get(part.number()))) {
                lose("part " + upload + " " + part, "start " + start + ": upload " + upload + " lists " + listed.get(part.number()) + " for " + part);
            }
        }
    }

    private void lose(String item, String description) {
        lost.putIfAbsent(item, description);
    }

    /** Null when the file's signed link downloads exactly its listed size and MD5. */
    private static String wholeContentProblem(ApiClient api, JsonNode file) {
        HttpResponse<byte[]> download = api.get(file.get("file_contents").asText());
        if (download.statusCode() != 200) {
            return "downloads with " + download.statusCode();
        }
        byte[] body = download.body();
        if (body.length != file.get("filesize").asLong() || !md5(body).equals(file.get("file_hash").asText())) {
            return "downloads " + body.length + " bytes with MD5 " + md5(body) + ", listed " + file.get("filesize")
                    + " bytes with " + file.get("file_hash");
        }
        return null;
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * For {@code bench/crash-rounds.sh}: {@code h2|postgres [rounds]}; prints the outcome and exits 1 when anything was lost.
     * Needs {@code -Dprivatefiles.jar=...}; {@code CRASH_H2_SETTINGS} (e.g. {@code ;WRITE_DELAY=100}) replaces
     * the H2 URL settings, to see what other settings lose.
     */
    public static void main(String[] args) throws IOException {
        boolean postgres = args.length > 0 && args[0].equals("postgres");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dataDir = Files.createTempDirectory("private-files-crash");
        PostgresTestDatabase database = postgres ? PostgresTestDatabase.createOrSkip("crash-rounds") : null;
        try {
            String h2Settings = System.getenv("CRASH_H2_SETTINGS");
            List<String> flags = database != null ? List.of("--db-url", database.url())
                    : h2Settings == null ? List.of()
                    : List.of("--db-url", "jdbc:h2:file:" + dataDir.resolve("private-files") + h2Settings);
            Outcome outcome = new CrashRounds(dataDir, flags, System.nanoTime()).run(rounds);
            System.out.println((postgres ? "PostgreSQL" : "H2") + ": " + outcome.summary());
            outcome.lost().forEach(line -> System.out.println("  LOST " + line));
            System.out.flush();
            if (!outcome.lost().isEmpty()) {
                System.exit(1);
            }
        } finally {
            if (database != null) {
                database.drop();
            }
            EndToEndTest.deleteTree(dataDir);
        }
    }
}
