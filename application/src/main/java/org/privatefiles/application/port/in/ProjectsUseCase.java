package org.privatefiles.application.port.in;

import java.util.List;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;

/** Use case: the projects of an org the user can view, each with its readable files; pros only. */
public interface ProjectsUseCase {
    List<ProjectFiles> list(UserId user, OrgId org);

    /** {@code NotFoundException} when the project is not of the org or not visible to the user. */
    ProjectFiles get(UserId user, OrgId org, ProjectId project);
}
