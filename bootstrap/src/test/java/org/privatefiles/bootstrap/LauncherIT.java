package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code private-files} launcher script: the first run of a command word records its classes,
 * the second dumps a class data sharing archive, later runs map it; stdout carries only the id throughout.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("..", "private-files").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private JarProcess.Finished launch(String... args) {
        var command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        return JarProcess.startProcess(command, Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "JAVA_OPTS", "-Xlog:class+load=info:file=" + dir.resolve("classes.txt"))).waitForExit();
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache").resolve("private-files"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void the_third_run_maps_the_archive_of_the_first_and_stdout_keeps_only_the_id() throws Exception {
        assertThat(launch("org", "create", "--name", "One").stdout()).isEqualTo("1\n");
        assertThat(archives()).isEmpty();
        assertThat(launch("org", "create", "--name", "Two").stdout()).isEqualTo("2\n");
        for (int waited = 0; archives().isEmpty() && waited < 600; waited++) {   // the dump runs in the background
            Thread.sleep(500);
        }
        assertThat(archives()).hasSize(1);

        JarProcess.Finished third = launch("org", "create", "--name", "Three");
        assertThat(third.stdout()).isEqualTo("3\n");
        assertThat(third.stderr()).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("classes.txt")))
                .anyMatch(line -> line.contains("org.privatefiles.bootstrap.OrgCommands source: shared objects file"));
    }
}
