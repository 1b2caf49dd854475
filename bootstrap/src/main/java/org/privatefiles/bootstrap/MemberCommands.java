package org.privatefiles.bootstrap;

import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code member add}: grants nothing that is not asked for. */
@Command(name = "member", description = "Memberships of users in orgs.")
final class MemberCommands {
    private final CommandContext context;

    MemberCommands(CommandContext context) {
        this.context = context;
    }

    @Command(name = "add", description = {"Adds or replaces a membership; prints nothing.",
            "Without flags: no org-wide file access, no export access, only the assigned projects."})
    int add(@Option(names = "--org", paramLabel = "ID", required = true, converter = NumberConverters.PositiveId.class,
                    description = "the org") long org,
            @Option(names = "--user", paramLabel = "ID", required = true, converter = NumberConverters.PositiveId.class,
                    description = "the user") long user,
            @Option(names = "--role", paramLabel = "pro|customer", required = true, converter = Choices.Roles.class,
                    description = "only pros may use the private-files API") Role role,
            @Option(names = "--files-org-wide", description = "every file of the org") boolean filesOrgWide,
            @Option(names = "--projects-export", description = "files with export tags") boolean projectsExport,
            @Option(names = "--projects", paramLabel = "all|assigned", defaultValue = "assigned",
                    converter = Choices.ProjectScopes.class, description = "default: ${DEFAULT-VALUE}") ProjectScope projects,
            @Option(names = "--level", paramLabel = "view|edit", defaultValue = "view", converter = Choices.AccessLevels.class,
                    description = "on every project with --projects all; default: ${DEFAULT-VALUE}") AccessLevel level,
            @Mixin ConfigurationOptions config) {
        var membership = new Membership(OrgId.of(org), UserId.of(user), role, filesOrgWide, projectsExport, projects, level);
        return Administration.run(context, config, admin -> Administration.nothing(() -> admin.addMember(membership)));
    }
}
