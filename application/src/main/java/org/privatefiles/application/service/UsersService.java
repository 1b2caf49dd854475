package org.privatefiles.application.service;

import org.privatefiles.application.port.in.UserProfile;
import org.privatefiles.application.port.in.UsersUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.NotFoundException;

/** Service: a user's profile, shown to the user and to pro members of the user's orgs; to anyone else it does not exist. */
public final class UsersService implements UsersUseCase {
    private final Directory directory;
    private final AccessPolicy policy;

    UsersService(Directory directory, AccessPolicy policy) {
        this.directory = directory;
        this.policy = policy;
    }

    @Override
    public UserProfile get(UserId viewer, UserId user) {
        return directory.findUser(user)
                .filter(u -> policy.canViewUser(viewer, directory.memberships(viewer), user, directory.memberships(user)))
                .map(u -> new UserProfile(u.id(), u.email()))
                .orElseThrow(() -> new NotFoundException("Not found."));
    }
}
