package org.privatefiles.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of the command line with its stdout and stderr captured. */
record CliRun(Outcome outcome, String stdout, String stderr) {

    static CliRun of(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Outcome outcome;
        try (var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            outcome = new Cli(env, outStream, errStream).execute(args);
        }
        return new CliRun(outcome, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    int status() {
        return outcome instanceof Outcome.Exited exited ? exited.status() : -1;
    }

    Service service() {
        if (outcome instanceof Outcome.Serving serving) {
            return serving.service();
        }
        throw new AssertionError("not serving; exit " + status() + ", stderr: " + stderr);
    }

    /** The single line printed on stdout, failing when the run did not succeed (or serve) with exactly one line. */
    String printedLine() {
        boolean succeeded = status() == 0 || outcome instanceof Outcome.Serving;
        if (!succeeded || !stdout.matches("[^\\n]+\\n")) {
            throw new AssertionError("expected success and one line on stdout, got exit " + status()
                    + ", stdout [" + stdout + "], stderr [" + stderr + "]");
        }
        return stdout.strip();
    }
}
