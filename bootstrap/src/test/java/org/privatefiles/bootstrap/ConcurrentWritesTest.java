package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.privatefiles.adapter.filestore.LocalDiskContentStore;
import org.privatefiles.adapter.http.contract.Multipart;

/**
 * 32 clients race title patches, content replacements, downloads and deletes on a few files of
 * a real server for a bounded time; afterwards every listed file downloads whole with its listed
 * size and MD5, and the store holds no content that no file uses. Run once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrentWritesTest {
    private static final int CLIENTS = 32;
    private static final int FILES = 4;
    private static final Duration RACE = Duration.ofSeconds(8);
    private static final String UNLIMITED = "100000000";

    private Path dataDir;
    private Service service;
    private ApiClient api;
    private ApiClient anonymous;
    private String files;
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

    /** The flags choosing the database (empty for embedded H2); may skip the class. */
    abstract List<String> databaseFlags();

    void afterAll() {
    }

    @BeforeAll
    void startServer() throws IOException {
        dataDir = Files.createTempDirectory("private-files-race");
        // More upload slots than clients: this test is about integrity, not the bound on concurrent uploads.
        service = cli("serve", "--port", "0", "--throttle-org-per-day", UNLIMITED, "--throttle-user-per-hour", UNLIMITED,
                "--max-concurrent-uploads", Integer.toString(2 * CLIENTS)).service();
        long org = Long.parseLong(cli("org", "create", "--name", "Race org").printedLine());
        long user = Long.parseLong(cli("user", "create", "--email", "race-" + UUID.randomUUID() + "@example.com").printedLine());
        cli("member", "add", "--org", "" + org, "--user", "" + user, "--role", "pro", "--files-org-wide");
        api = new ApiClient(service.baseUrl(), cli("token", "create", "--user", "" + user).printedLine());
        anonymous = new ApiClient(service.baseUrl(), null);
        files = "/api/orgs/" + org + "/private_files/";
    }

    @AfterAll
    void stopServer() throws IOException {
        if (service != null) {
            service.stop();
        }
        if (dataDir != null) {
            EndToEndTest.deleteTree(dataDir);
        }
        afterAll();
    }

    @Test
    void racing_writes_to_few_files_leave_every_file_whole_and_no_content_behind() throws Exception {
        var slots = new AtomicReferenceArray<String>(FILES);
        for (int i = 0; i < FILES; i++) {
            slots.set(i, create());
        }
        long end = System.nanoTime() + RACE.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        step(slots);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                try {
                    client.get(3, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    dumpThreads(); // the server runs in this JVM: show where a stuck request waits
                    throw e;
                }
            }
        } finally {
            clients.shutdownNow();
        }

        System.out.println(getClass().getSimpleName() + ": statuses of " + CLIENTS + " clients over " + RACE + ": " + statuses);
        assertThat(problems).isEmpty();
        assertThat(statuses.keySet()).as("statuses seen: %s", statuses).allMatch(s -> s < 500);
        JsonNode listed = ApiClient.json(api.get(files));
        for (JsonNode file : listed) {
            HttpResponse<byte[]> download = anonymous.get(file.get("file_contents").asText());
            assertThat(download.statusCode()).as("download of %s", file.get("url")).isEqualTo(200);
            assertThat(download.body().length).isEqualTo(file.get("filesize").asLong());
            assertThat(md5(download.body())).isEqualTo(file.get("file_hash").asText());
        }
        try (var keys = new LocalDiskContentStore(dataDir.resolve(Components.FILES_FOLDER)).keys()) {
            assertThat(keys.count()).as("content files in the store").isEqualTo(listed.size());
        }
    }

    /** One random request on one of the files: rename, replace the content, read it whole, or delete (and make a new one). */
    private void step(AtomicReferenceArray<String> slots) {
        var random = ThreadLocalRandom.current();
        int slot = random.nextInt(FILES);
        String path = slots.get(slot);
        int dice = random.nextInt(100);
        if (dice < 35) {
            record(api.patchJson(path, "{\"title\": \"title " + random.nextInt(1000) + "\"}"));
        } else if (dice < 65) {
            byte[] content = randomBytes(1 + random.nextInt(64 * 1024));
            record(api.patchMultipart(path, new Multipart().file("file_contents", "c.bin", content)));
        } else if (dice < 95) {
            readWhole(path);
        } else if (record(api.delete(path)) == 204) {
            slots.compareAndSet(slot, path, create());
        }
    }

    private void readWhole(String path) {
        HttpResponse<byte[]> retrieved = api.get(path);
        if (record(retrieved) != 200) {
            return;
        }
        HttpResponse<byte[]> download = anonymous.get(ApiClient.json(retrieved).get("file_contents").asText());
        if (record(download) == 200) {
            String etag = download.headers().firstValue("ETag").orElse("");
            if (!etag.equals("\"" + md5(download.body()) + "\"")) {
                problems.add("download of " + path + " has ETag " + etag + " but MD5 " + md5(download.body()));
            }
        }
    }

    private String create() {
        HttpResponse<byte[]> created = api.upload(files, new Multipart().file("file_contents", "a.bin", randomBytes(1000)));
        assertThat(record(created)).isEqualTo(201);
        return ApiClient.json(created).get("url").asText();
    }

    private int record(HttpResponse<byte[]> response) {
        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        if (response.statusCode() >= 500) {
            problems.add(response.request().method() + " " + response.uri() + ": " + response.statusCode() + " "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.statusCode();
    }

    private static void dumpThreads() {
        var dump = new StringBuilder("Threads when the race failed:\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
            for (StackTraceElement frame : stack) {
                dump.append("    at ").append(frame).append('\n');
            }
        });
        System.err.println(dump);
    }

    private CliRun cli(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        all.addAll(databaseFlags());
        return CliRun.of(Map.of(), all.toArray(String[]::new));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
