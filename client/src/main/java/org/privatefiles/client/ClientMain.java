package org.privatefiles.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Entry of the client commands: {@code private-files ls ...} and the others of
 * {@link ClientCommands}, run to an exit status (0 done, 1 refused, 2 bad arguments, 3 network or integrity).
 */
public final class ClientMain {
    private ClientMain() {
    }

    /** True when the first argument names a client command (so that the launcher hands the rest to {@link #execute}). */
    public static boolean handles(String... args) {
        return args.length > 0 && ClientCommands.NAMES.contains(args[0]);
    }

    /** Runs one client command line; stdin is the process's, and stderr counts as a terminal only when it is the process's. */
    public static int execute(Map<String, String> env, PrintStream out, PrintStream err, String... args) {
        return execute(env, out, err, System.in, args);
    }

    public static int execute(Map<String, String> env, PrintStream out, PrintStream err, InputStream in, String... args) {
        boolean terminal = err == System.err && stderrIsTerminal();
        return execute(new ClientContext(env, out, err, in, terminal), args);
    }

    public static int execute(ClientContext context, String... args) {
        var root = new CommandLine(new Root());
        if (handles(args)) {
            root.addSubcommand(ClientCommands.named(args[0], context));
        } else {
            ClientCommands.all(context).forEach(root::addSubcommand);
        }
        configure(root, context);
        int status = root.execute(args);
        context.out().flush();
        context.err().flush();
        return status;
    }

    /** The exit statuses and the one-line errors of API.md §9, on this command line and every subcommand. */
    public static void configure(CommandLine commandLine, ClientContext context) {
        commandLine.setOut(new java.io.PrintWriter(context.out(), true));
        commandLine.setErr(new java.io.PrintWriter(context.err(), true));
        commandLine.setExitCodeExceptionMapper(e -> e instanceof ClientFailure failure ? failure.status() : ClientFailure.TRANSFER);
        commandLine.setParameterExceptionHandler((e, args) -> {
            context.err().println("private-files: " + e.getMessage());
            e.getCommandLine().usage(context.err());
            return ClientFailure.BAD_ARGUMENTS;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ClientFailure failure) {
                context.err().println("private-files: " + failure.getMessage().replace('\n', ' '));
                return failure.status();
            }
            if (e instanceof UncheckedIOException io) {
                context.err().println("private-files: " + io.getMessage() + ": " + Api.describe(io.getCause()));
                return ClientFailure.TRANSFER;
            }
            context.err().println("private-files: " + Api.describe(e));
            return ClientFailure.TRANSFER;
        });
    }

    /** Whether file descriptor 2 is a terminal, read from /proc on Linux; elsewhere, whether the JVM has a console. */
    public static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // fall through
        }
        return System.console() != null;
    }

    /** The root of the client commands when they run on their own. */
    @CommandLine.Command(name = "private-files", mixinStandardHelpOptions = true, version = "private-files client",
            description = "Talks to a running private-files service (API.md §9).")
    static final class Root {
    }
}
