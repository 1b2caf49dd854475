package org.privatefiles.bootstrap;

import java.io.PrintStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.PrivateFilesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line: parses the arguments, reads the configuration, runs the command. Only the
 * new id or token goes to {@code out}; errors go to {@code err} as one line (with the usage for bad arguments).
 */
final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    Cli(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    Outcome execute(String... args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.print(Usage.text());
            out.flush();
            return new Outcome.Exited(Outcome.OK);
        }
        try {
            Arguments arguments = Arguments.parse(args);
            Configuration config = ConfigurationReader.read(configFlags(arguments), env);
            config.logFormat().apply();
            return switch (arguments.command()) {
                case SERVE -> serve(arguments, config);
                case SIGNING_KEY_ROTATE -> rotateSigningKey(config);
                default -> administer(arguments, config);
            };
        } catch (UsageException e) {
            err.println("private-files: " + e.getMessage());
            err.print(Usage.text());
            err.flush();
            return new Outcome.Exited(Outcome.BAD_ARGUMENTS);
        } catch (PrivateFilesException e) {
            return refused(describe(e));
        } catch (RuntimeException e) {
            LOG.debug("Command failed", e);
            return refused(describe(e));
        }
    }

    private Outcome administer(Arguments arguments, Configuration config) {
        AdminCommands.validate(arguments);
        LogLevels.quiet();
        try (Components components = Components.open(config)) {
            Optional<String> printed = AdminCommands.run(arguments, components.core().administration());
            printed.ifPresent(out::println);
            out.flush();
            return new Outcome.Exited(Outcome.OK);
        }
    }

    private Outcome rotateSigningKey(Configuration config) {
        if (config.signingKey().isPresent()) {
            throw new UsageException("signing-key rotate manages the generated key file; with --signing-key set, "
                    + "rotate by putting the new secret first: --signing-key NEW,OLD");
        }
        LogLevels.quiet();
        out.println(new SigningKeyFile(DataDir.ensure(config.dataDir()), config.linkTtl()).rotate(Instant.now()).id());
        out.flush();
        return new Outcome.Exited(Outcome.OK);
    }

    private Outcome serve(Arguments arguments, Configuration config) {
        LogLevels.normal();
        Service service = Service.start(config, arguments.has("demo"), out);
        return new Outcome.Serving(service);
    }

    private Outcome refused(String message) {
        err.println("private-files: " + message.replace('\n', ' '));
        err.flush();
        return new Outcome.Exited(Outcome.REFUSED);
    }

    private static String describe(PrivateFilesException e) {
        if (e instanceof InvalidException invalid) {
            var parts = new StringBuilder();
            invalid.errors().forEach((field, messages) -> parts.append(parts.length() == 0 ? "" : "; ")
                    .append(field).append(": ").append(String.join(" ", messages)));
            return parts.toString();
        }
        return e.getMessage();
    }

    /** The failure and its root cause, on one line. */
    private static String describe(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (root != e) {
            text += " (caused by " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
        }
        return text;
    }

    private static Map<String, String> configFlags(Arguments arguments) {
        var flags = new HashMap<String, String>();
        arguments.values().forEach((name, value) -> {
            if (ConfigFlag.byName(name).isPresent()) {
                flags.put(name, value);
            }
        });
        return flags;
    }
}
