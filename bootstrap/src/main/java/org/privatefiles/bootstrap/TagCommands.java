package org.privatefiles.bootstrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tag create}. */
@Command(name = "tag", description = "File tags.")
final class TagCommands {
    private final CommandContext context;

    TagCommands(CommandContext context) {
        this.context = context;
    }

    @Command(name = "create", description = "Makes a file tag; prints its id.")
    int create(@Option(names = "--title", paramLabel = "TITLE", required = true, description = "the tag's title") String title,
               @Option(names = "--export", description = "an export tag") boolean export,
               @Mixin ConfigurationOptions config) {
        return Administration.run(context, config, admin -> admin.createTag(title, export).id());
    }
}
