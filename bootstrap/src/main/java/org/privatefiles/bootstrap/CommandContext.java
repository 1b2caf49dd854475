package org.privatefiles.bootstrap;

import java.io.PrintStream;
import java.util.Map;

/** What a command runs with besides its flags: the environment, and stdout (only what the command prints) and stderr. */
record CommandContext(Map<String, String> env, PrintStream out, PrintStream err) {
}
