package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@code serve} puts right when it starts: owner-only data dir (the H2 file too), and writes left by a crash swept. */
class StartupHygieneTest {
    private Path dataDir;
    private Service service;

    @BeforeEach
    void makeDataDirPath() throws IOException {
        dataDir = Files.createTempDirectory("private-files-hygiene").resolve("data");
    }

    @AfterEach
    void stop() throws IOException {
        if (service != null) {
            service.stop();
        }
        EndToEndTest.deleteTree(dataDir.getParent());
    }

    @Test
    void a_new_data_dir_and_everything_in_it_is_owner_only_the_h2_file_too() throws IOException {
        service = serve();

        assertThat(permissions(dataDir)).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("private-files.mv.db"))).isEqualTo("rw-------");
        try (var entries = Files.list(dataDir)) {
            for (Path entry : entries.toList()) {
                assertThat(permissions(entry).substring(3)).as(entry.getFileName().toString()).isEqualTo("------");
            }
        }
    }

    @Test
    void an_existing_data_dir_readable_by_others_is_tightened_with_a_warning() throws IOException {
        Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path loose = Files.writeString(dataDir.resolve("notes.txt"), "left here by hand");
        Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rw-r--r--"));

        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var warnings = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        warnings.start();
        root.addAppender(warnings);
        CliRun run;
        try {
            run = CliRun.of(Map.of(), "org", "create", "--name", "Acme", "--data-dir", dataDir.toString());
        } finally {
            root.detachAppender(warnings);
        }

        assertThat(run.status()).isZero();
        assertThat(permissions(dataDir)).isEqualTo("rwx------");
        assertThat(permissions(loose)).isEqualTo("rw-------");
        assertThat(warnings.list).anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("made owner-only"));
    }

    @Test
    void the_first_sweep_removes_writes_left_by_a_crash_once_older_than_the_grace_and_keeps_recent_ones() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve(Components.FILES_FOLDER).resolve("ab").resolve("cd"));
        Path crashed = Files.write(folder.resolve(".tmp-0123abcd"), new byte[1024]);
        Files.setLastModifiedTime(crashed, FileTime.from(Instant.now().minus(Duration.ofMinutes(3))));
        Path recent = Files.write(folder.resolve(".tmp-4567cdef"), new byte[1024]);

        service = serve("--content-grace", "PT2M");

        for (int attempt = 0; attempt < 100 && Files.exists(crashed); attempt++) {
            Thread.sleep(100);
        }
        assertThat(crashed).doesNotExist();
        assertThat(recent).exists();
    }

    private Service serve(String... flags) {
        var args = new java.util.ArrayList<>(java.util.List.of("serve", "--port", "0", "--data-dir", dataDir.toString()));
        args.addAll(java.util.List.of(flags));
        return CliRun.of(Map.of(), args.toArray(String[]::new)).service();
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
