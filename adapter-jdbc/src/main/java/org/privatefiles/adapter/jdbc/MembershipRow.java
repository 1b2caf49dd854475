package org.privatefiles.adapter.jdbc;

import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;

/** A row of {@code memberships}; enums are stored by name. */
record MembershipRow(long orgId, long userId, String memberRole, boolean filesOrgWide, boolean projectsExport,
                     String projectScope, String accessLevel) {
    static final String SELECT = "SELECT org_id, user_id, member_role, files_org_wide, projects_export,"
            + " project_scope, access_level FROM memberships";

    Membership toMembership() {
        return new Membership(OrgId.of(orgId), UserId.of(userId), Role.valueOf(memberRole), filesOrgWide,
                projectsExport, ProjectScope.valueOf(projectScope), AccessLevel.valueOf(accessLevel));
    }
}
