package org.privatefiles.bootstrap;

import org.privatefiles.domain.actor.UserId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code token create} and {@code token revoke}. */
@Command(name = "token", description = "API tokens.")
final class TokenCommands {
    private final CommandContext context;

    TokenCommands(CommandContext context) {
        this.context = context;
    }

    @Command(name = "create", description = "Prints a new token of the user (40 hex characters) that never expires until revoked.")
    int create(@Option(names = "--user", paramLabel = "ID", required = true, converter = NumberConverters.PositiveId.class,
                       description = "the user") long user,
               @Mixin ConfigurationOptions config) {
        return Administration.run(context, config, admin -> admin.createToken(UserId.of(user)));
    }

    @Command(name = "revoke", description = "Revokes a token; prints nothing.")
    int revoke(@Option(names = "--token", paramLabel = "TOKEN", required = true, description = "the token to revoke") String token,
               @Mixin ConfigurationOptions config) {
        return Administration.run(context, config, admin -> Administration.nothing(() -> admin.revokeToken(token)));
    }
}
