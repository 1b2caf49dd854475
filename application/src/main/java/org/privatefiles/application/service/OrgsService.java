package org.privatefiles.application.service;

import org.privatefiles.application.port.in.OrgsUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.actor.Org;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.NotFoundException;

/** Service: an org for its pro members (rule 1). */
public final class OrgsService implements OrgsUseCase {
    private final Directory directory;
    private final ActorLookup actors;
    private final AccessPolicy policy;

    OrgsService(Directory directory, AccessPolicy policy) {
        this.directory = directory;
        this.actors = new ActorLookup(directory);
        this.policy = policy;
    }

    @Override
    public Org get(UserId user, OrgId org) {
        Refusals.requireAllowed(policy.orgAccess(actors.actor(user, org)));
        return directory.findOrg(org).orElseThrow(() -> new NotFoundException("Not found."));
    }
}
