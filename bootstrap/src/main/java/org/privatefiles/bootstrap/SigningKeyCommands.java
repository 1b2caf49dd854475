package org.privatefiles.bootstrap;

import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code signing-key rotate}: a new current link-signing key in the data dir; the older keys keep verifying. */
@Command(name = "signing-key", description = "The link-signing key in the data dir.")
final class SigningKeyCommands {
    private final CommandContext context;

    SigningKeyCommands(CommandContext context) {
        this.context = context;
    }

    @Command(name = "rotate", description = "Makes a new current link-signing key (older keys keep verifying); prints its key id.")
    int rotate(@Mixin ConfigurationOptions options) {
        Configuration config = options.resolve(context.env());
        if (config.signingKey().isPresent()) {
            throw new UsageException("signing-key rotate manages the generated key file; with --signing-key set, "
                    + "rotate by putting the new secret first: --signing-key NEW,OLD");
        }
        config.logFormat().apply();
        LogLevels.quiet();
        context.out().println(new SigningKeyFile(DataDir.ensure(config.dataDir()), config.linkTtl()).rotate(Instant.now()).id());
        context.out().flush();
        return Outcome.OK;
    }
}
