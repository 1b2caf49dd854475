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
    private final ProMembers pros;

    OrgsService(Directory directory, AccessPolicy policy) {
        this.directory = directory;
        this.pros = new ProMembers(directory, policy);
    }

    @Override
    public Org get(UserId user, OrgId org) {
        pros.require(user, org);
        return directory.findOrg(org).orElseThrow(() -> new NotFoundException("Not found."));
    }
}
