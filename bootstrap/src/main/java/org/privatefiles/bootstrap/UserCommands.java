package org.privatefiles.bootstrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code user create}. */
@Command(name = "user", description = "Users.")
final class UserCommands {
    private final CommandContext context;

    UserCommands(CommandContext context) {
        this.context = context;
    }

    @Command(name = "create", description = "Makes a user; prints its id. A machine user's tokens never expire.")
    int create(@Option(names = "--email", paramLabel = "EMAIL", required = true, description = "the user's email, also the login name") String email,
               @Option(names = "--password", paramLabel = "PASSWORD", description = "lets the user log in at /api-token-auth/") String password,
               @Option(names = "--machine", description = "a machine user, whose tokens never expire") boolean machine,
               @Mixin ConfigurationOptions config) {
        return Administration.run(context, config, admin -> admin.createUser(email, password, machine));
    }
}
