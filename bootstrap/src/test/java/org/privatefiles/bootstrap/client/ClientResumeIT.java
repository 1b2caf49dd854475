package org.privatefiles.bootstrap.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged jar's client as a separate process against a real service: killed in the middle
 * of a chunked upload and run again, it sends only the parts the service lacks; a local file changed
 * in between starts over; no progress bar when stderr is a pipe.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientResumeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIB = 1024 * 1024;
    private static final int PARTS = 12;

    Path serviceDir;
    ClientTestService service;
    ClientTestService.Account account;
    Path home;
    Map<String, String> env;

    @BeforeAll
    void startService() throws IOException {
        serviceDir = Files.createTempDirectory("client-resume-it");
        service = ClientTestService.start(serviceDir);
        account = service.newAccount("Resume org");
    }

    @AfterAll
    void stopService() throws IOException {
        service.close();
        TempDirs.delete(serviceDir);
    }

    @BeforeEach
    void newHome() throws IOException {
        home = Files.createTempDirectory(serviceDir, "home");
        env = Map.of("HOME", home.toString(), "PRIVATE_FILES_SERVER", service.baseUrl(), "PRIVATE_FILES_TOKEN", account.token());
    }

    private Path randomFile(String name, long size, long seed) throws IOException {
        byte[] bytes = new byte[(int) size];
        new Random(seed).nextBytes(bytes);
        return Files.write(home.resolve(name), bytes);
    }

    /** Starts a slowed-down upload of 12 parts and kills it once the service holds at least {@code parts} of them. */
    private void uploadAndKillAfter(Path file, int parts) {
        long before = service.partsReceived();
        ClientProcess upload = ClientProcess.start(home, env, "upload", file.toString(), "--part-size", "5M",
                "--parallel", "2", "--limit-rate", "6M");
        awaitAtLeast(() -> service.partsReceived() - before, parts, upload);
        upload.kill();
        awaitSettled(service::partsReceived);
    }

    private JsonNode retrieve(long id) throws IOException {
        ClientRun ls = ClientRun.of(env, "", "ls", "--json", "--org", Long.toString(account.org()));
        for (String line : ls.stdout().lines().toList()) {
            JsonNode file = JSON.readTree(line);
            if (file.path("id").asLong() == id) {
                return file;
            }
        }
        return null;
    }

    private long uploadInProgress() throws IOException {
        try (var states = Files.list(home.resolve(".local/state/private-files/uploads"))) {
            Path state = states.findFirst().orElseThrow();
            return JSON.readTree(state.toFile()).path("fileId").asLong();
        }
    }

    @Test
    void a_killed_upload_run_again_sends_only_the_missing_parts_and_keeps_its_id() throws Exception {
        Path file = randomFile("backup.iso", PARTS * 5L * MIB - 1000, 1);
        uploadAndKillAfter(file, 3);
        long id = uploadInProgress();
        int held = retrieve(id).path("parts").size();
        assertThat(held).as("parts held after the kill").isBetween(3, PARTS - 1);
        long before = service.partsReceived();

        ClientProcess.Finished again = ClientProcess.run(home, env, "upload", file.toString(), "--part-size", "5M", "--parallel", "4");

        assertThat(again.status()).as(again.stderr()).isZero();
        assertThat(again.stdout()).isEqualTo(id + "\n");
        assertThat(service.partsReceived() - before).isEqualTo(PARTS - held);
        JsonNode completed = retrieve(id);
        assertThat(completed.path("file_hash").asText()).isEqualTo(ClientCommandsTest.md5(file));
        assertThat(completed.path("parts")).hasSize(PARTS);
    }

    @Test
    void a_local_file_changed_after_the_kill_starts_over_and_the_stale_upload_is_aborted() throws Exception {
        Path file = randomFile("design.psd", PARTS * 5L * MIB - 1000, 2);
        uploadAndKillAfter(file, 2);
        long stale = uploadInProgress();
        randomFile("design.psd", PARTS * 5L * MIB - 1000, 3);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        long before = service.partsReceived();

        ClientProcess.Finished again = ClientProcess.run(home, env, "upload", file.toString(), "--part-size", "5M", "--parallel", "4");

        assertThat(again.status()).as(again.stderr()).isZero();
        long id = Long.parseLong(again.stdout().strip());
        assertThat(id).isNotEqualTo(stale);
        assertThat(again.stderr()).contains("changed since upload " + stale + " began");
        assertThat(retrieve(stale)).as("the stale upload").isNull();
        assertThat(service.partsReceived() - before).isEqualTo(PARTS);
        assertThat(retrieve(id).path("file_hash").asText()).isEqualTo(ClientCommandsTest.md5(file));
    }

    @Test
    void with_stderr_piped_there_is_no_progress_bar_and_stdout_has_only_the_id() throws Exception {
        Path small = randomFile("piped-small.bin", 3L * MIB, 4);
        Path large = randomFile("piped-large.bin", 11L * MIB, 5);

        ClientProcess.Finished upload = ClientProcess.run(home, env, "upload", small.toString(), large.toString(), "--part-size", "5M");

        assertThat(upload.status()).as(upload.stderr()).isZero();
        assertThat(upload.stdout()).matches("[0-9]+\n[0-9]+\n");
        assertThat(upload.stderr()).isEmpty();
        ClientProcess.Finished get = ClientProcess.run(home, env, "get", upload.stdout().lines().toList().get(1), "-o", "copy.bin");
        assertThat(get.stderr()).isEmpty();
        assertThat(Files.readAllBytes(home.resolve("copy.bin"))).isEqualTo(Files.readAllBytes(large));
    }

    @Test
    void the_jar_exits_with_the_client_statuses() {
        assertThat(ClientProcess.run(home, env, "ls", "--no-such-flag").status()).isEqualTo(2);
        assertThat(ClientProcess.run(home, env, "ls", "--org", "999999").status()).isEqualTo(1);
        assertThat(ClientProcess.run(home, Map.of("HOME", home.toString(), "PRIVATE_FILES_SERVER", "http://127.0.0.1:9",
                "PRIVATE_FILES_TOKEN", account.token()), "ls", "--org", "1").status()).isEqualTo(3);
        assertThat(ClientProcess.run(home, env, "ls").status()).isZero();
    }

    /** Waits (bounded only as a safety net) until the count reaches {@code at least}, failing if the client ended first. */
    private static void awaitAtLeast(LongSupplier count, long atLeast, ClientProcess client) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (count.getAsLong() < atLeast) {
            if (!client.isAlive()) {
                throw new AssertionError("the client ended before the service held " + atLeast + " parts: "
                        + client.waitForExit());
            }
            if (System.nanoTime() > deadline) {
                client.kill();
                throw new AssertionError("the service never held " + atLeast + " parts");
            }
            pause(20);
        }
    }

    /** Waits until the count stays the same for half a second: a part that was in flight has been kept or dropped. */
    private static void awaitSettled(LongSupplier count) {
        long last = -1;
        while (count.getAsLong() != last) {
            last = count.getAsLong();
            pause(500);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
