package org.privatefiles.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.domain.throttle.ThrottleWindow;

/** Two more JVMs with 32 threads each race on one window of one PostgreSQL schema; together they admit exactly the limit. */
class PostgresThrottleAcrossProcessesTest {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.postgres();

    private static final int PROCESSES = 2;
    private static final int THREADS = 32;
    private static final int ATTEMPTS_PER_THREAD = 3;
    private static final int LIMIT = 57;
    private static final long WAIT_SECONDS = 180;

    @Test
    void two_processes_of_thirty_two_threads_each_admit_exactly_the_limit_together() throws Exception {
        String key = "user:" + UUID.randomUUID() + ":write";
        Instant now = Instant.parse("2102-03-04T05:06:07.123456Z");
        Path go = Files.createTempFile("pf-throttle-go-", ".flag");
        Files.delete(go);
        List<Process> processes = new ArrayList<>();
        List<LinkedBlockingQueue<String>> outputs = new ArrayList<>();
        List<Path> errors = new ArrayList<>();
        try {
            for (int p = 0; p < PROCESSES; p++) {
                Path stderr = Files.createTempFile("pf-throttle-worker-", ".err");
                errors.add(stderr);
                Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"),
                        ThrottleWorkerMain.class.getName(),
                        DATABASE.url(), key, Integer.toString(LIMIT), Integer.toString(THREADS),
                        Integer.toString(ATTEMPTS_PER_THREAD), now.toString(), go.toString())
                        .redirectError(stderr.toFile())
                        .start();
                processes.add(process);
                outputs.add(linesOf(process));
            }
            for (int p = 0; p < PROCESSES; p++) {
                assertThat(nextLine(outputs.get(p), errors.get(p))).isEqualTo("READY");
            }
            Files.createFile(go);
            int admitted = 0;
            for (int p = 0; p < PROCESSES; p++) {
                String line = nextLine(outputs.get(p), errors.get(p));
                assertThat(line).startsWith("ADMITTED ");
                admitted += Integer.parseInt(line.substring("ADMITTED ".length()));
                assertThat(processes.get(p).waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
                assertThat(processes.get(p).exitValue()).as(Files.readString(errors.get(p))).isZero();
            }

            assertThat(PROCESSES * THREADS * ATTEMPTS_PER_THREAD).isGreaterThan(LIMIT);
            assertThat(admitted).isEqualTo(LIMIT);
            var after = DATABASE.persistence().throttle()
                    .peek(List.of(new ThrottleWindow(key, LIMIT, Duration.ofHours(1))), now).primary();
            assertThat(after.admits()).isFalse();
            assertThat(after.used()).isEqualTo(LIMIT);
        } finally {
            processes.forEach(Process::destroyForcibly);
            Files.deleteIfExists(go);
            for (Path error : errors) {
                Files.deleteIfExists(error);
            }
        }
    }

    /** The process's stdout lines, read by a daemon thread into a queue. */
    private static LinkedBlockingQueue<String> linesOf(Process process) {
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("READY") || line.startsWith("ADMITTED ")) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                lines.add("READ FAILED " + e);
            }
        }, "throttle-worker-stdout");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String nextLine(LinkedBlockingQueue<String> lines, Path stderr) throws Exception {
        String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(line).as("worker output within %d s; its stderr: %s", WAIT_SECONDS, Files.readString(stderr)).isNotNull();
        return line;
    }
}
