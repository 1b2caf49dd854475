package org.privatefiles.bootstrap;

import java.util.Optional;
import org.privatefiles.application.port.in.AdministrationUseCase;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;

/** Runs one administration command against the use case; returns what goes to stdout (the new id or token), if anything. */
final class AdminCommands {
    static final String DEFAULT_PROJECTS = "assigned";
    static final String DEFAULT_LEVEL = "view";

    private AdminCommands() {
    }

    /** Reads and checks the flags first (a {@link UsageException} before any change), then runs the command. */
    static Optional<String> run(Arguments args, AdministrationUseCase admin) {
        return switch (args.command()) {
            case ORG_CREATE -> Optional.of(admin.createOrg(args.required("name")).toString());
            case USER_CREATE -> Optional.of(admin.createUser(args.required("email"), args.value("password").orElse(null),
                    args.has("machine")).toString());
            case MEMBER_ADD -> {
                Membership membership = membership(args);
                admin.addMember(membership);
                yield Optional.empty();
            }
            case PROJECT_CREATE -> {
                OrgId org = OrgId.of(args.id("org"));
                yield Optional.of(admin.createProject(org, args.required("title")).id().toString());
            }
            case PROJECT_ASSIGN -> {
                ProjectId project = ProjectId.of(args.id("project"));
                UserId user = UserId.of(args.id("user"));
                admin.assignProject(project, user, level(args));
                yield Optional.empty();
            }
            case TOKEN_CREATE -> Optional.of(admin.createToken(UserId.of(args.id("user"))));
            case TOKEN_REVOKE -> {
                admin.revokeToken(args.required("token"));
                yield Optional.empty();
            }
            case TAG_CREATE -> Optional.of(admin.createTag(args.required("title"), args.has("export")).id().toString());
            case TEMPLATE_CREATE -> {
                OrgId org = OrgId.of(args.id("org"));
                yield Optional.of(admin.createDocumentTemplate(org, args.required("title")).id().toString());
            }
            default -> throw new IllegalArgumentException("not an administration command: " + args.command());
        };
    }

    static boolean handles(Command command) {
        return command != Command.SERVE && command != Command.SIGNING_KEY_ROTATE;
    }

    /** Checks every flag of the command without running it, so that bad values fail before the database is opened. */
    static void validate(Arguments args) {
        switch (args.command()) {
            case MEMBER_ADD -> membership(args);
            case PROJECT_CREATE, TEMPLATE_CREATE -> args.id("org");
            case PROJECT_ASSIGN -> {
                args.id("project");
                args.id("user");
                level(args);
            }
            case TOKEN_CREATE -> args.id("user");
            default -> {
                // no values to check beyond presence
            }
        }
    }

    private static Membership membership(Arguments args) {
        OrgId org = OrgId.of(args.id("org"));
        UserId user = UserId.of(args.id("user"));
        Role role = Role.valueOf(args.choice("role", "", "pro", "customer").toUpperCase(java.util.Locale.ROOT));
        ProjectScope scope = ProjectScope.valueOf(args.choice("projects", DEFAULT_PROJECTS, "all", "assigned")
                .toUpperCase(java.util.Locale.ROOT));
        return new Membership(org, user, role, args.has("files-org-wide"), args.has("projects-export"), scope, level(args));
    }

    private static AccessLevel level(Arguments args) {
        return AccessLevel.valueOf(args.choice("level", DEFAULT_LEVEL, "view", "edit").toUpperCase(java.util.Locale.ROOT));
    }
}
