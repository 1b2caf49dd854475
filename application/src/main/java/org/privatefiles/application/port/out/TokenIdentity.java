package org.privatefiles.application.port.out;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.ProjectId;

/** A stored token with what its user is in one org: the membership (empty for a non-member) and the assigned projects there. */
public record TokenIdentity(TokenRecord token, Optional<Membership> membership, Map<ProjectId, AccessLevel> assignments) {
    public TokenIdentity {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(membership, "membership");
        assignments = Map.copyOf(assignments);
    }
}
