package org.privatefiles.application.service;

import org.privatefiles.application.port.out.Directory;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;

/** Builds the actor a user is in an org from the directory: membership and assigned projects. */
final class ActorLookup {
    private final Directory directory;

    ActorLookup(Directory directory) {
        this.directory = directory;
    }

    Actor actor(UserId user, OrgId org) {
        return directory.findMembership(org, user)
                .map(m -> Actor.member(m, directory.assignments(org, user)))
                .orElseGet(() -> Actor.nonMember(user, org));
    }
}
