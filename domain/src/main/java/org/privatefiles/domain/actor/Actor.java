package org.privatefiles.domain.actor;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A user acting in one org: the membership there (absent when not a member) and the projects
 * assigned to the user in that org with their levels.
 */
public record Actor(UserId user, OrgId org, Optional<Membership> membership, Map<ProjectId, AccessLevel> assignments) {
    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(membership, "membership");
        assignments = Map.copyOf(assignments);
        membership.ifPresent(m -> {
            if (!m.org().equals(org) || !m.user().equals(user)) {
                throw new IllegalArgumentException("membership of another org or user: " + m);
            }
        });
    }

    public static Actor nonMember(UserId user, OrgId org) {
        return new Actor(user, org, Optional.empty(), Map.of());
    }

    public static Actor member(Membership membership, Map<ProjectId, AccessLevel> assignments) {
        return new Actor(membership.user(), membership.org(), Optional.of(membership), assignments);
    }

    public boolean isPro() {
        return membership.map(m -> m.role() == Role.PRO).orElse(false);
    }

    public boolean filesOrgWide() {
        return membership.map(Membership::filesOrgWide).orElse(false);
    }

    public boolean projectsExport() {
        return membership.map(Membership::projectsExport).orElse(false);
    }

    public boolean allProjects() {
        return membership.map(m -> m.projectScope() == ProjectScope.ALL).orElse(false);
    }

    /** The actor's level on a project of this org, if any. */
    public Optional<AccessLevel> projectAccess(ProjectId project) {
        if (membership.isEmpty()) {
            return Optional.empty();
        }
        if (allProjects()) {
            return Optional.of(membership.get().level());
        }
        return Optional.ofNullable(assignments.get(project));
    }
}
