package org.privatefiles.domain.access;

import java.util.List;
import java.util.Optional;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.file.PrivateFile;

/** The six rules of the access policy (API.md §2), in the order they are applied. */
public final class AccessRules {
    public static final String NOT_A_PRO_MEMBER = "not_a_pro_member";
    public static final String EXPORT_TAG_NEEDS_EXPORT_PERMISSION = "export_tag_needs_export_permission";
    public static final String ORG_WIDE_ACCESS = "org_wide_access";
    public static final String CREATOR_ACCESS = "creator_access";
    public static final String PROJECT_ACCESS = "project_access";
    public static final String NO_ACCESS_OTHERWISE = "no_access_otherwise";

    private AccessRules() {
    }

    /** Rule 1: only pro members of the file's org get anywhere. */
    public static final AccessRule NOT_PRO_MEMBER = rule(NOT_A_PRO_MEMBER, (actor, file, need) ->
            actor.isPro() && actor.org().equals(file.org())
                    ? Optional.empty()
                    : Optional.of(AccessDecision.refuse(NOT_A_PRO_MEMBER, "The user is not a pro member of the organisation.")));

    /** Rule 2: an export-tagged file needs the projects-export permission. */
    public static final AccessRule EXPORT_TAGGED = rule(EXPORT_TAG_NEEDS_EXPORT_PERMISSION, (actor, file, need) ->
            file.isExportTagged() && !actor.projectsExport()
                    ? Optional.of(AccessDecision.refuse(EXPORT_TAG_NEEDS_EXPORT_PERMISSION, "The file is export-tagged and the user lacks the projects export permission."))
                    : Optional.empty());

    /** Rule 3: org-wide file access grants everything. */
    public static final AccessRule ORG_WIDE = rule(ORG_WIDE_ACCESS, (actor, file, need) ->
            actor.filesOrgWide() ? Optional.of(AccessDecision.allow(ORG_WIDE_ACCESS)) : Optional.empty());

    /** Rule 4: the creator of a file has full access to it. */
    public static final AccessRule CREATOR = rule(CREATOR_ACCESS, (actor, file, need) ->
            file.user().equals(actor.user()) ? Optional.of(AccessDecision.allow(CREATOR_ACCESS)) : Optional.empty());

    /** Rule 5: access to the file's project: view allows reading, edit allows everything. */
    public static final AccessRule PROJECT = rule(PROJECT_ACCESS, (actor, file, need) -> file.projectId()
            .flatMap(actor::projectAccess)
            .filter(level -> need == AccessNeed.READ || level == AccessLevel.EDIT)
            .map(level -> AccessDecision.allow(PROJECT_ACCESS)));

    /** Rule 6: nothing else grants access. */
    public static final AccessRule OTHERWISE = rule(NO_ACCESS_OTHERWISE, (actor, file, need) ->
            Optional.of(AccessDecision.refuse(NO_ACCESS_OTHERWISE, "No rule grants the user "
                    + (need == AccessNeed.READ ? "read" : "write") + " access to this file.")));

    public static final List<AccessRule> IN_ORDER = List.of(NOT_PRO_MEMBER, EXPORT_TAGGED, ORG_WIDE, CREATOR, PROJECT, OTHERWISE);

    private interface Decider {
        Optional<AccessDecision> decide(Actor actor, PrivateFile file, AccessNeed need);
    }

    private static AccessRule rule(String name, Decider decider) {
        return new AccessRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<AccessDecision> decide(Actor actor, PrivateFile file, AccessNeed need) {
                return decider.decide(actor, file, need);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
