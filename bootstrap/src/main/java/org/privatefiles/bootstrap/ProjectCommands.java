package org.privatefiles.bootstrap;

import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code project create} and {@code project assign}. */
@Command(name = "project", description = "Projects of an org and who is assigned to them.")
final class ProjectCommands {
    private final CommandContext context;

    ProjectCommands(CommandContext context) {
        this.context = context;
    }

    @Command(name = "create", description = "Makes a project; prints its id.")
    int create(@Option(names = "--org", paramLabel = "ID", required = true, converter = NumberConverters.PositiveId.class,
                       description = "the org") long org,
               @Option(names = "--title", paramLabel = "TITLE", required = true, description = "the project's title") String title,
               @Mixin ConfigurationOptions config) {
        return Administration.run(context, config, admin -> admin.createProject(OrgId.of(org), title).id());
    }

    @Command(name = "assign", description = "Assigns a member to a project; prints nothing.")
    int assign(@Option(names = "--project", paramLabel = "ID", required = true, converter = NumberConverters.PositiveId.class,
                       description = "the project") long project,
               @Option(names = "--user", paramLabel = "ID", required = true, converter = NumberConverters.PositiveId.class,
                       description = "a member of the project's org") long user,
               @Option(names = "--level", paramLabel = "view|edit", defaultValue = "view", converter = Choices.AccessLevels.class,
                       description = "edit lets the member add files; default: ${DEFAULT-VALUE}") AccessLevel level,
               @Mixin ConfigurationOptions config) {
        return Administration.run(context, config, admin -> Administration.nothing(
                () -> admin.assignProject(ProjectId.of(project), UserId.of(user), level)));
    }
}
