package org.privatefiles.bootstrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code org create}. */
@Command(name = "org", description = "Orgs.")
final class OrgCommands {
    private final CommandContext context;

    OrgCommands(CommandContext context) {
        this.context = context;
    }

    @Command(name = "create", description = "Makes an org; prints its id.")
    int create(@Option(names = "--name", paramLabel = "NAME", required = true, description = "the org's name") String name,
               @Mixin ConfigurationOptions config) {
        return Administration.run(context, config, admin -> admin.createOrg(name));
    }
}
