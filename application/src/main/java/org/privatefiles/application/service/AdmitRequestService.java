package org.privatefiles.application.service;

import java.time.Clock;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.AdmitRequestUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.ThrottleStore;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.ThrottledException;
import org.privatefiles.domain.throttle.ThrottlePolicy;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Service: the org gate: pro membership first, then the org and user rate limits of the scope. */
public final class AdmitRequestService implements AdmitRequestUseCase {
    private final ActorLookup actors;
    private final AccessPolicy policy;
    private final ThrottlePolicy throttlePolicy;
    private final ThrottleStore throttle;
    private final Clock clock;

    public AdmitRequestService(Directory directory, AccessPolicy policy, ThrottlePolicy throttlePolicy,
                               ThrottleStore throttle, Clock clock) {
        this.actors = new ActorLookup(directory);
        this.policy = policy;
        this.throttlePolicy = throttlePolicy;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Admission admit(UserId user, OrgId org, ThrottleScope scope) {
        var actor = actors.actor(user, org);
        Refusals.requireAllowed(policy.orgAccess(actor));
        var decision = throttle.tryAcquire(throttlePolicy.windowsFor(org, user, scope), Timestamps.now(clock));
        if (!decision.admitted()) {
            throw new ThrottledException(decision);
        }
        return new Admission(actor, scope, decision);
    }
}
