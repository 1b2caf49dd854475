package org.privatefiles.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: starts the HTTP service, which keeps running after the command line returns. */
@Command(name = "serve", description = {"Runs the HTTP service.",
        "--demo first makes (once) a demo org, pro user, project and token, and prints a curl line."})
final class ServeCommand implements Callable<Integer> {
    private final CommandContext context;
    private Service started;

    @Option(names = "--demo", description = "make (once) and print a demo account")
    boolean demo;

    @Mixin
    ConfigurationOptions options;

    ServeCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Configuration config = options.resolve(context.env());
        config.logFormat().apply();
        LogLevels.normal();
        started = Service.start(config, demo, context.out());
        return Outcome.OK;
    }

    /** Whether this command ran and started the service. */
    boolean isServing() {
        return started != null;
    }

    Service service() {
        return started;
    }
}
