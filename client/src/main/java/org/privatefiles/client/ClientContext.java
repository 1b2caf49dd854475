package org.privatefiles.client;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a client command runs with: the environment (for the config and state locations and the
 * server overrides), stdout, stderr, stdin, and whether stderr is a terminal (for the progress bar).
 */
public record ClientContext(Map<String, String> env, PrintStream out, PrintStream err, InputStream in,
                            boolean stderrIsTerminal) {

    /** This process's environment, stdout, stderr and stdin, with stderr's terminal looked up. */
    public static ClientContext ofProcess() {
        return new ClientContext(System.getenv(), System.out, System.err, System.in, ClientMain.stderrIsTerminal());
    }

    /** {@code $XDG_CONFIG_HOME/private-files/config}, by default under {@code ~/.config}. */
    public Path configFile() {
        return base("XDG_CONFIG_HOME", ".config").resolve("private-files").resolve("config");
    }

    /** {@code $XDG_STATE_HOME/private-files/uploads}, by default under {@code ~/.local/state}. */
    public Path uploadStateDir() {
        return base("XDG_STATE_HOME", ".local/state").resolve("private-files").resolve("uploads");
    }

    private Path base(String variable, String underHome) {
        String dir = env.get(variable);
        if (dir != null && !dir.isBlank() && Path.of(dir).isAbsolute()) {
            return Path.of(dir);
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home).resolve(underHome);
    }
}
