package org.privatefiles.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** {@code java -jar private-files.jar ...} as a separate process, the way an operator or a script runs it. */
final class JarProcess {
    private final Process process;
    private final BlockingQueue<String> stdoutLines = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> stderrLines = new LinkedBlockingQueue<>();
    private final StringBuffer stdout = new StringBuffer();
    private final StringBuffer stderr = new StringBuffer();
    private final List<Thread> pumps = new ArrayList<>();

    private JarProcess(Process process) {
        this.process = process;
        pumps.add(pump(process.getInputStream(), stdoutLines, stdout));
        pumps.add(pump(process.getErrorStream(), stderrLines, stderr));
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("privatefiles.jar", "target/private-files.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first: " + jar);
        }
        return jar;
    }

    static JarProcess start(String... args) {
        return startWithJvmOptions(List.of(), args);
    }

    /** {@code java OPTIONS -jar private-files.jar ARGS}. */
    static JarProcess startWithJvmOptions(List<String> jvmOptions, String... args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        return startProcess(command, java.util.Map.of());
    }

    /** Any command (e.g. the launcher script), with these environment variables added; the caller's PRIVATE_FILES_ ones are dropped. */
    static JarProcess startProcess(List<String> command, java.util.Map<String, String> env) {
        var builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("PRIVATE_FILES_"));
        builder.environment().putAll(env);
        try {
            return new JarProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end. */
    static Finished run(String... args) {
        JarProcess process = start(args);
        return process.waitForExit();
    }

    Finished waitForExit() {
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the process did not end; stderr: " + stderr);
            }
            for (Thread pump : pumps) {
                pump.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Finished(process.exitValue(), stdout.toString(), stderr.toString());
    }

    /** Waits for a line on stderr containing {@code text} (bounded only as a safety net). */
    String awaitStderrLine(String text) {
        return awaitLine(stderrLines, text);
    }

    /** Waits for a line on stderr containing any of the texts (bounded only as a safety net). */
    String awaitStderrLineWithAny(String... texts) {
        try {
            while (true) {
                String line = stderrLines.poll(3, TimeUnit.MINUTES);
                if (line == null) {
                    throw new AssertionError("no line containing any of " + List.of(texts) + "; stderr so far: " + stderr);
                }
                for (String text : texts) {
                    if (line.contains(text)) {
                        return line;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String awaitStdoutLine() {
        return awaitLine(stdoutLines, "");
    }

    /**
     * Sends SIGTERM, as a service manager would, and waits for the process to end. Through the
     * process handle: {@code Process.destroy()} would also close our ends of its pipes, losing what it prints while stopping.
     */
    Finished terminate() {
        process.toHandle().destroy();
        return waitForExit();
    }

    void kill() {
        process.destroyForcibly();
    }

    private String awaitLine(BlockingQueue<String> lines, String text) {
        try {
            while (true) {
                String line = lines.poll(3, TimeUnit.MINUTES);
                if (line == null) {
                    throw new AssertionError("no line containing '" + text + "'; stderr so far: " + stderr);
                }
                if (line.contains(text)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Thread pump(java.io.InputStream in, BlockingQueue<String> lines, StringBuffer all) {
        Thread thread = new Thread(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                int c;
                var line = new StringBuilder();
                while ((c = reader.read()) >= 0) {
                    all.append((char) c);
                    if (c == '\n') {
                        lines.add(line.toString());
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "jar-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A process that ended: its exit status and everything it printed. */
    record Finished(int status, String stdout, String stderr) {
    }
}
