package org.privatefiles.application.port.in;

import org.privatefiles.domain.actor.Org;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;

/** Use case: an org as its pro members see it. */
public interface OrgsUseCase {
    /** {@code ForbiddenException} unless the user is a pro member of the org. */
    Org get(UserId user, OrgId org);
}
