package org.privatefiles.bootstrap.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.privatefiles.client.ClientContext;
import org.privatefiles.client.ClientMain;

/** One in-process run of a client command line: its exit status, stdout and stderr. */
record ClientRun(int status, String stdout, String stderr) {

    static ClientRun of(Map<String, String> env, String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status;
        try (var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = ClientMain.execute(new ClientContext(env, outStream, errStream,
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false), args);
        }
        return new ClientRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** stdout without its final newline, failing unless the run exited 0. */
    String printed() {
        if (status != 0) {
            throw new AssertionError("exit " + status + ", stdout [" + stdout + "], stderr [" + stderr + "]");
        }
        return stdout.strip();
    }
}
