package org.privatefiles.domain.access;

import java.util.Collection;
import java.util.Set;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.tag.FileTag;

/** Decides what an actor may do with the files and projects of an org: the rules of API.md §2. */
public final class AccessPolicy {

    /** Rule 1 on its own: may the actor use the org's private files at all. */
    public AccessDecision orgAccess(Actor actor) {
        return actor.isPro()
                ? AccessDecision.allow(AccessRules.NOT_A_PRO_MEMBER)
                : AccessDecision.refuse(AccessRules.NOT_A_PRO_MEMBER, "The user is not a pro member of the organisation.");
    }

    public AccessDecision read(Actor actor, PrivateFile file) {
        return decide(actor, file, AccessNeed.READ);
    }

    public AccessDecision write(Actor actor, PrivateFile file) {
        return decide(actor, file, AccessNeed.WRITE);
    }

    public AccessDecision decide(Actor actor, PrivateFile file, AccessNeed need) {
        for (AccessRule rule : AccessRules.IN_ORDER) {
            var decision = rule.decide(actor, file, need);
            if (decision.isPresent()) {
                return decision.get();
            }
        }
        throw new IllegalStateException("the last rule always decides");
    }

    /** Attaching a file to a project needs edit access to that project. */
    public AccessDecision attachToProject(Actor actor, ProjectId project) {
        if (!actor.isPro()) {
            return orgAccess(actor);
        }
        return actor.projectAccess(project).filter(AccessLevel::allowsWrite).isPresent()
                ? AccessDecision.allow(AccessRules.PROJECT_ACCESS)
                : AccessDecision.refuse(AccessRules.PROJECT_ACCESS, "The user lacks edit access to the project.");
    }

    /** Putting export tags on a file needs the projects-export permission. */
    public AccessDecision applyTags(Actor actor, Collection<FileTag> tags) {
        boolean exportTag = tags.stream().anyMatch(FileTag::export);
        return exportTag && !actor.projectsExport()
                ? AccessDecision.refuse(AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION, "Export tags need the projects export permission.")
                : AccessDecision.allow(AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION);
    }

    /** Whether the actor can see a project (and so list it). */
    public boolean canViewProject(Actor actor, ProjectId project) {
        return actor.isPro() && actor.projectAccess(project).isPresent();
    }

    /**
     * Whether a user's profile is visible to a viewer: to the user, and to a pro member of an org
     * the user belongs to (API.md §5); given both users' memberships.
     */
    public boolean canViewUser(UserId viewer, Collection<Membership> viewerMemberships, UserId user,
                               Collection<Membership> userMemberships) {
        if (viewer.equals(user)) {
            return true;
        }
        return viewerMemberships.stream().filter(m -> m.role() == Role.PRO)
                .anyMatch(pro -> userMemberships.stream().anyMatch(m -> m.org().equals(pro.org())));
    }

    /** The files of the actor's org the actor may read, as a value a repository turns into a query. */
    public ReadScope readScope(Actor actor) {
        if (!actor.isPro()) {
            return ReadScope.nothing(actor.org());
        }
        return new ReadScope(actor.org(), false, actor.filesOrgWide(), actor.user(), actor.allProjects(),
                actor.allProjects() ? Set.of() : actor.assignments().keySet(), actor.projectsExport());
    }
}
