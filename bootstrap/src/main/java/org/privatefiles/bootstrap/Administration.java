package org.privatefiles.bootstrap;

import java.util.function.Function;
import org.privatefiles.application.port.in.AdministrationUseCase;

/** Runs one admin command: opens the configured database, applies the action, prints what it returns (the new id or token) alone on stdout. */
final class Administration {
    private Administration() {
    }

    /** {@code action} returns what goes to stdout, or {@code null} for nothing. */
    static int run(CommandContext context, ConfigurationOptions options, Function<AdministrationUseCase, Object> action) {
        Configuration config = options.resolve(context.env());
        config.logFormat().apply();
        LogLevels.quiet();
        try (Components components = Components.open(config)) {
            Object printed = action.apply(components.core().administration());
            if (printed != null) {
                context.out().println(printed);
            }
            context.out().flush();
            return Outcome.OK;
        }
    }

    /** For the commands that print nothing. */
    static Object nothing(Runnable action) {
        action.run();
        return null;
    }
}
