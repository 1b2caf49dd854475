package org.privatefiles.bootstrap;

import org.privatefiles.domain.actor.OrgId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code template create}. */
@Command(name = "template", description = "Document templates.")
final class TemplateCommands {
    private final CommandContext context;

    TemplateCommands(CommandContext context) {
        this.context = context;
    }

    @Command(name = "create", description = "Makes a document template of the org; prints its id.")
    int create(@Option(names = "--org", paramLabel = "ID", required = true, converter = NumberConverters.PositiveId.class,
                       description = "the org") long org,
               @Option(names = "--title", paramLabel = "TITLE", required = true, description = "the template's title") String title,
               @Mixin ConfigurationOptions config) {
        return Administration.run(context, config, admin -> admin.createDocumentTemplate(OrgId.of(org), title).id());
    }
}
