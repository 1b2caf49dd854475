package org.privatefiles.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Reads the configuration a command would run with, through the command line: a {@code probe}
 * command with the configuration flags joins the {@link Cli} the way another module's commands do.
 * Bad arguments throw a {@link UsageException} with the error line the command line printed.
 */
final class ConfigurationProbe {
    private ConfigurationProbe() {
    }

    /** {@code flags}: flag names without the dashes, and their values. */
    static Configuration read(Map<String, String> flags, Map<String, String> env) {
        var probe = new Probe(env);
        var err = new ByteArrayOutputStream();
        var cli = new Cli(env, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        cli.commandLine().addSubcommand(probe);
        var args = new ArrayList<String>();
        args.add("probe");
        flags.forEach((name, value) -> {
            args.add("--" + name);
            args.add(value);
        });
        Outcome outcome = cli.execute(args.toArray(String[]::new));
        String stderr = err.toString(StandardCharsets.UTF_8);
        if (outcome instanceof Outcome.Exited exited && exited.status() == Outcome.BAD_ARGUMENTS) {
            throw new UsageException(stderr.lines().findFirst().orElse("").replaceFirst("^private-files: ", ""));
        }
        if (probe.configuration == null) {
            throw new AssertionError("the probe did not run: " + outcome + ", stderr: " + stderr);
        }
        return probe.configuration;
    }

    /** A command that only resolves its configuration. */
    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        private final Map<String, String> env;
        Configuration configuration;

        @Mixin
        ConfigurationOptions options;

        Probe(Map<String, String> env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            configuration = options.resolve(env);
            return 0;
        }
    }
}
