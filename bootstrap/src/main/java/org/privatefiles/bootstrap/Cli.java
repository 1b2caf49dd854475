package org.privatefiles.bootstrap;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line (API.md §8) on picocli: {@code serve}, the admin commands and {@code help}
 * under {@link RootCommand}. Only the new id or token goes to {@code out}; errors go to {@code err}
 * as one line (with the usage for bad arguments, exit 2). More commands (picocli {@code @Command}
 * objects, e.g. {@code Callable<Integer>}) join with {@code cli.commandLine().addSubcommand(command)}
 * before {@link #execute}.
 */
final class Cli {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final ServeCommand serve;
    private final CommandLine root;

    Cli(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
        var context = new CommandContext(env, out, err);
        serve = new ServeCommand(context);
        root = new CommandLine(new RootCommand())
                .addSubcommand(serve)
                .addSubcommand(new OrgCommands(context))
                .addSubcommand(new UserCommands(context))
                .addSubcommand(new MemberCommands(context))
                .addSubcommand(new ProjectCommands(context))
                .addSubcommand(new TokenCommands(context))
                .addSubcommand(new TagCommands(context))
                .addSubcommand(new TemplateCommands(context))
                .addSubcommand(new SigningKeyCommands(context))
                .addSubcommand(new CommandLine.HelpCommand());
    }

    /** The root command, to add more commands to. */
    CommandLine commandLine() {
        return root;
    }

    /** Runs the command; {@code serve} leaves the service running. The settings apply to every command added so far. */
    Outcome execute(String... args) {
        root.setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF))
                .setDefaultValueProvider(new EnvironmentDefaults(env))
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new CommandFailures());
        HelpLayout.install(root, CommandSpec.forAnnotatedObject(new ConfigurationOptions()));
        int status = root.execute(args);
        out.flush();
        err.flush();
        return serve.started().<Outcome>map(Outcome.Serving::new).orElseGet(() -> new Outcome.Exited(status));
    }
}
