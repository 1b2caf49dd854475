package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar loads only what a command needs: no HTTP server for an admin command, no database for the usage. */
class LazyWiringIT {
    @TempDir
    Path dir;

    private List<String> loadedClasses(String... args) throws IOException {
        Path log = dir.resolve("classes.txt");
        JarProcess.Finished run = JarProcess.startWithJvmOptions(List.of("-Xlog:class+load=info:file=" + log), args).waitForExit();
        assertThat(run.status()).as(run.stderr()).isZero();
        return Files.readAllLines(log);
    }

    @Test
    void an_admin_command_loads_no_javalin_jetty_or_server_classes() throws IOException {
        List<String> classes = loadedClasses("org", "create", "--name", "Acme", "--data-dir", dir.resolve("data").toString());
        assertThat(classes).anyMatch(line -> line.contains("org.privatefiles.bootstrap.OrgCommands "));
        assertThat(classes).filteredOn(line -> line.contains("io.javalin.") || line.contains("org.eclipse.jetty.")
                || line.contains("org.privatefiles.adapter.http.HttpApi") || line.contains("org.privatefiles.bootstrap.Service ")).isEmpty();
    }

    @Test
    void the_usage_loads_no_database_logging_or_server_classes() throws IOException {
        List<String> classes = loadedClasses("--help");
        assertThat(classes).anyMatch(line -> line.contains("picocli.CommandLine "));
        assertThat(classes).filteredOn(line -> line.contains("org.h2.") || line.contains("org.flywaydb.") || line.contains("com.zaxxer.")
                || line.contains("ch.qos.logback.") || line.contains("io.javalin.")).isEmpty();
    }
}
