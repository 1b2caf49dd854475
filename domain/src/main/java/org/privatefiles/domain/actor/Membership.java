package org.privatefiles.domain.actor;

import java.util.Objects;

/**
 * A user's membership of an org: role, the file permissions, and project access
 * ({@code level} applies to every project when the scope is {@link ProjectScope#ALL}).
 */
public record Membership(OrgId org, UserId user, Role role, boolean filesOrgWide, boolean projectsExport,
                         ProjectScope projectScope, AccessLevel level) {
    public Membership {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(projectScope, "projectScope");
        Objects.requireNonNull(level, "level");
    }
}
