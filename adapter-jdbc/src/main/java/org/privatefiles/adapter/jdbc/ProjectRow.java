package org.privatefiles.adapter.jdbc;

import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.Project;
import org.privatefiles.domain.actor.ProjectId;

/** A row of {@code projects}. */
record ProjectRow(long id, long orgId, String title) {
    static final String SELECT = "SELECT id, org_id, title FROM projects";

    Project toProject() {
        return new Project(ProjectId.of(id), OrgId.of(orgId), title);
    }
}
