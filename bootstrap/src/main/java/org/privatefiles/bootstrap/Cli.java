package org.privatefiles.bootstrap;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.privatefiles.client.ClientCommands;
import org.privatefiles.client.ClientContext;
import org.privatefiles.client.ClientMain;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The command line (API.md §8) on picocli: {@code serve}, the admin commands and {@code help}
 * under {@link RootCommand}; the client commands (API.md §9) are handed to {@link ClientMain} and
 * listed in the usage. Only the new id or token goes to {@code out}; errors go to {@code err}
 * as one line (with the usage for bad arguments, exit 2).
 *
 * <p>More commands (picocli {@code @Command} objects, e.g. a {@code Callable<Integer>}) join with
 * {@link #add}, before {@link #execute}. A run builds only the command its first word names (all
 * of them for the usage), so that a command starts without paying for the model of the others.
 */
final class Cli {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final ServeCommand serve;
    private final Map<String, Supplier<?>> commands = new LinkedHashMap<>();
    private CommandLine root;

    Cli(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
        var context = new CommandContext(env, out, err);
        serve = new ServeCommand(context);
        add("serve", () -> serve);
        add("org", () -> new OrgCommands(context));
        add("user", () -> new UserCommands(context));
        add("member", () -> new MemberCommands(context));
        add("project", () -> new ProjectCommands(context));
        add("token", () -> new TokenCommands(context));
        add("tag", () -> new TagCommands(context));
        add("template", () -> new TemplateCommands(context));
        add("signing-key", () -> new SigningKeyCommands(context));
        add("help", CommandLine.HelpCommand::new);
    }

    /** Adds a command under the root by the name its {@code @Command} gives it; made only when a run needs it. */
    Cli add(String name, Supplier<?> command) {
        commands.put(name, command);
        return this;
    }

    /** The root with every command, e.g. to add one with {@code addSubcommand}; the run then uses this tree. */
    CommandLine commandLine() {
        if (root == null) {
            root = build(null);
        }
        return root;
    }

    /** Runs the command; {@code serve} leaves the service running. */
    Outcome execute(String... args) {
        if (ClientMain.handles(args)) {
            return new Outcome.Exited(ClientMain.execute(env, out, err, args));
        }
        CommandLine command = root != null ? root : build(needed(args));
        command.setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF))
                .setExpandAtFiles(false)   // a value such as --title @home is that text, never the content of a file
                .setDefaultValueProvider(new EnvironmentDefaults(env))
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new CommandFailures());
        HelpLayout.install(command);
        int status = command.execute(args);
        out.flush();
        err.flush();
        // no lambda naming Outcome.Serving here: resolving it would load the server's classes for every command
        return serve.isServing() ? new Outcome.Serving(serve.service()) : new Outcome.Exited(status);
    }

    /** The one command a run needs: the one its first word names; none for {@code --version}; all ({@code null}) for the usage. */
    private String needed(String... args) {
        String first = args.length == 0 ? "" : args[0];
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            return "";
        }
        return commands.containsKey(first) && !first.equals("help") ? first : null;
    }

    /** The root with the one command named {@code only}, or with all when it is {@code null}. */
    private CommandLine build(String only) {
        var built = new CommandLine(new RootCommand());
        commands.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                built.addSubcommand(name, command.get());
            }
        });
        if (only == null) { // the usage lists the client commands too; they run under ClientMain (see execute)
            ClientCommands.all(new ClientContext(env, out, err, System.in, false)).forEach(built::addSubcommand);
        }
        return built;
    }
}
