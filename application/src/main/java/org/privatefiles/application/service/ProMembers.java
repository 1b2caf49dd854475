package org.privatefiles.application.service;

import org.privatefiles.application.port.out.Directory;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;

/** Rule 1 for the org's catalogues (projects, templates, the org itself): the actor a user is in the org, if a pro member, else {@code ForbiddenException}. */
final class ProMembers {
    private final ActorLookup actors;
    private final AccessPolicy policy;

    ProMembers(Directory directory, AccessPolicy policy) {
        this.actors = new ActorLookup(directory);
        this.policy = policy;
    }

    Actor require(UserId user, OrgId org) {
        var actor = actors.actor(user, org);
        Refusals.requireAllowed(policy.orgAccess(actor));
        return actor;
    }
}
