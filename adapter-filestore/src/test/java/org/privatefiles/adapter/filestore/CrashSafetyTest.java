package org.privatefiles.adapter.filestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed (SIGKILL) in the middle of a write leaves no partial content under any key, only a sweepable temp file. */
class CrashSafetyTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void a_write_killed_midway_leaves_no_key_and_a_temp_file_that_the_sweep_removes() throws Exception {
        Path root = temp.resolve("store");
        Path log = temp.resolve("writer.log");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process writer = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), root.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            waitUntilATempFileGrows(root, writer, log);
        } finally {
            writer.destroyForcibly();
            writer.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }

        var store = new LocalDiskContentStore(root);
        try (var keys = store.keys()) {
            assertThat(keys).isEmpty();
        }
        assertThat(StoreFiles.tempFilesUnder(root)).hasSize(1);
        assertThat(store.removeUnfinishedWritesBefore(Instant.now().plusSeconds(1))).isEqualTo(1);
        assertThat(StoreFiles.under(root)).isEmpty();
    }

    private static void waitUntilATempFileGrows(Path root, Process writer, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        long lastSize = -1;
        while (Instant.now().isBefore(deadline)) {
            assertThat(writer.isAlive()).as("writer process alive; its output: %s", Files.readString(log)).isTrue();
            List<Path> temps = Files.isDirectory(root) ? StoreFiles.tempFilesUnder(root) : List.of();
            if (temps.size() == 1) {
                long size = Files.size(temps.get(0));
                if (lastSize > 0 && size > lastSize) {
                    return;
                }
                lastSize = size;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no temp file grew within " + DEADLINE + "; writer output: " + Files.readString(log));
    }
}
