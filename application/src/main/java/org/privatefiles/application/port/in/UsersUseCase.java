package org.privatefiles.application.port.in;

import org.privatefiles.domain.actor.UserId;

/** Use case: a user's profile, for the user and for the pro members of an org the user belongs to. */
public interface UsersUseCase {
    /** {@code NotFoundException} when there is no such user or the viewer may not see it. */
    UserProfile get(UserId viewer, UserId user);
}
