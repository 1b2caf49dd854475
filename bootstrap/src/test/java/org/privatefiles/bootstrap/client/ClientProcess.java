package org.privatefiles.bootstrap.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A client command as its own process, {@code java -jar private-files.jar ...}, with stdout and stderr to files (pipes, not a terminal). */
final class ClientProcess {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ClientProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** A finished run. */
    record Finished(int status, String stdout, String stderr) {
    }

    static ClientProcess start(Path workDir, Map<String, String> env, String... args) {
        Path jar = Path.of(System.getProperty("privatefiles.jar", "target/private-files.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first: " + jar);
        }
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(workDir, "stdout", ".txt");
            Path err = Files.createTempFile(workDir, "stderr", ".txt");
            var builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("PRIVATE_FILES_") || name.startsWith("XDG_"));
            builder.environment().putAll(env);
            return new ClientProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Finished run(Path workDir, Map<String, String> env, String... args) {
        return start(workDir, env, args).waitForExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash or a closed laptop lid would end it; waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Finished waitForExit() {
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the client did not end; stderr: " + Files.readString(stderr));
            }
            return new Finished(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
