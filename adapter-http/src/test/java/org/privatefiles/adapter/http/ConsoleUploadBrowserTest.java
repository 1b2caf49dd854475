package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.slf4j.LoggerFactory;

/** Uploads from the console in a real browser: whole and chunked, progress to 100 %, hashes, and resuming after a reload. */
class ConsoleUploadBrowserTest extends ConsoleBrowserSession {
    /** The console's part size (upload.js PART_BYTES). */
    static final int PART_BYTES = 8 * 1024 * 1024;

    private final ListAppender<ILoggingEvent> accessLog = new ListAppender<>();
    @TempDir
    Path dir;

    @BeforeAll
    void listenToTheAccessLog() {
        accessLog.start();
        ((Logger) LoggerFactory.getLogger(AccessLog.LOGGER)).addAppender(accessLog);
    }

    @AfterAll
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(AccessLog.LOGGER)).detachAppender(accessLog);
    }

    @BeforeEach
    void signIn() {
        browser.signInWithPassword(pro, org);
    }

    @Test
    void a_small_and_a_chunked_file_chosen_together_reach_100_percent_and_are_stored_with_their_hashes() throws IOException {
        Path small = write("note.txt", 1234, 1);
        Path big = write("survey.bin", 2 * PART_BYTES + 4321, 2);

        browser.chooseFiles(small, big);

        for (Path file : List.of(small, big)) {
            WebElement item = browser.uploadOutcome(file.getFileName().toString());
            assertThat(item.getAttribute("data-state")).as(item.getText()).isEqualTo("done");
            assertThat(item.findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("100");
            assertThat(item.findElement(By.cssSelector(".percent")).getText()).isEqualTo("100 %");
            JsonNode stored = service.file(org, pro, Long.parseLong(item.getAttribute("data-file-id")));
            assertThat(stored.get("file_hash").asText()).isEqualTo(md5(file));
            assertThat(stored.get("filesize").asLong()).isEqualTo(Files.size(file));
        }
        JsonNode chunked = service.file(org, pro, Long.parseLong(browser.uploadOutcome("survey.bin").getAttribute("data-file-id")));
        assertThat(chunked.get("upload_id").isNull()).isFalse();
        assertThat(chunked.get("parts")).hasSize(3);
        JsonNode whole = service.file(org, pro, Long.parseLong(browser.uploadOutcome("note.txt").getAttribute("data-file-id")));
        assertThat(whole.get("upload_id").isNull()).isTrue();
        browser.wait.until(d -> browser.titles().containsAll(List.of("note.txt", "survey.bin")));
        browser.screenshot("files-after-upload");
    }

    @Test
    void a_chunked_upload_cut_by_a_reload_resumes_sending_only_the_parts_the_service_lacks() throws IOException {
        Path big = write("archive.bin", 3 * PART_BYTES + 777, 3);
        service.content.holdAfter(2);
        browser.chooseFiles(big);
        long id = waitForUploadWithParts(2);
        browser.wait.until(d -> service.content.waiting() > 0);

        browser.driver.navigate().refresh();
        service.content.failHeld();
        browser.wait.until(d -> service.content.waiting() == 0);
        browser.waitForFilesTable();
        int held = service.file(org, pro, id).get("parts").size();
        int putsBefore = storedPartPuts();

        browser.chooseFiles(big);
        WebElement item = browser.uploadOutcome("archive.bin");

        assertThat(item.getAttribute("data-state")).as(item.getText()).isEqualTo("done");
        assertThat(held).isEqualTo(2);
        assertThat(storedPartPuts() - putsBefore).isEqualTo(4 - held);
        assertThat(Long.parseLong(item.getAttribute("data-file-id"))).isEqualTo(id);
        JsonNode stored = service.file(org, pro, id);
        assertThat(stored.get("status").asText()).isEqualTo("created");
        assertThat(stored.get("file_hash").asText()).isEqualTo(md5(big));
        assertThat(item.findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("100");
        assertThat((String) browser.storage().get("local")).doesNotContain("archive.bin");
    }

    @Test
    void the_consoles_md5_matches_the_jdks_for_lengths_around_the_block_size_and_split_updates() throws NoSuchAlgorithmException {
        var random = new Random(11);
        for (int length : new int[] {0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 70_001}) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String base64 = java.util.Base64.getEncoder().encodeToString(bytes);
            Object hex = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import("/console/md5.js").then(({ Md5, hex }) => {
                      const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                      const hash = new Md5();
                      for (let at = 0, step = 1; at < bytes.length; at += step, step = step * 3 % 97 + 1) hash.update(bytes.subarray(at, at + step));
                      done(hex(hash.digest()));
                    }).catch(e => done("ERROR " + e));""", base64);
            assertThat(hex).as("length " + length).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)));
        }
    }

    @Test
    void files_dropped_on_the_drop_zone_are_uploaded() throws NoSuchAlgorithmException {
        browser.driver.executeScript("""
                const transfer = new DataTransfer();
                transfer.items.add(new File([new TextEncoder().encode("dropped bytes")], "dropped.txt", { type: "text/plain" }));
                document.getElementById("drop-zone").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));""");

        WebElement item = browser.uploadOutcome("dropped.txt");
        assertThat(item.getAttribute("data-state")).as(item.getText()).isEqualTo("done");
        JsonNode stored = service.file(org, pro, Long.parseLong(item.getAttribute("data-file-id")));
        assertThat(stored.get("file_hash").asText()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("MD5").digest("dropped bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    private long waitForUploadWithParts(int parts) {
        return browser.wait.until(d -> {
            for (JsonNode file : service.files(org, pro)) {
                if (file.get("parts").isArray() && file.get("parts").size() >= parts) {
                    return file.get("id").asLong();
                }
            }
            return null;
        });
    }

    /**
     * Part PUTs the service answered 200 (stored), from the access log. Requests of the page before
     * the reload that were cut off end otherwise (503, 400) and may be logged late, so they are not counted.
     */
    private int storedPartPuts() {
        return (int) List.copyOf(accessLog.list).stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.startsWith("PUT /api/orgs/{org}/private_files/{id}/parts/{n}/ 200 ")).count();
    }

    private Path write(String name, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    private static String md5(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
