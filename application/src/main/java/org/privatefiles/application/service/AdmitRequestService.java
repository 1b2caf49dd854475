package org.privatefiles.application.service;

import java.time.Clock;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.AdmitRequestUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.ThrottleStore;
import org.privatefiles.application.port.out.TokenIdentity;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.ThrottledException;
import org.privatefiles.domain.throttle.ThrottlePolicy;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Service: the org gate: token (when given), pro membership, then the org and user rate limits of the scope. */
public final class AdmitRequestService implements AdmitRequestUseCase {
    private final Directory directory;
    private final ActorLookup actors;
    private final TokenCheck tokens;
    private final AccessPolicy policy;
    private final ThrottlePolicy throttlePolicy;
    private final ThrottleStore throttle;
    private final Clock clock;

    public AdmitRequestService(Directory directory, AccessPolicy policy, ThrottlePolicy throttlePolicy,
                               ThrottleStore throttle, Clock clock) {
        this.directory = directory;
        this.actors = new ActorLookup(directory);
        this.tokens = new TokenCheck(clock);
        this.policy = policy;
        this.throttlePolicy = throttlePolicy;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Admission admit(UserId user, OrgId org, ThrottleScope scope) {
        return admit(actors.actor(user, org), scope);
    }

    @Override
    public Admission admit(String token, OrgId org, ThrottleScope scope) {
        TokenIdentity identity = tokens.require(token, sha256 -> directory.findIdentity(sha256, org), TokenIdentity::token);
        Actor actor = identity.membership()
                .map(m -> Actor.member(m, identity.assignments()))
                .orElseGet(() -> Actor.nonMember(identity.token().user(), org));
        return admit(actor, scope);
    }

    private Admission admit(Actor actor, ThrottleScope scope) {
        Refusals.requireAllowed(policy.orgAccess(actor));
        var windows = throttlePolicy.windowsFor(actor.org(), actor.user(), scope);
        var decision = throttle.tryAcquire(windows, Timestamps.now(clock));
        if (!decision.admitted()) {
            throw new ThrottledException(decision);
        }
        return new Admission(actor, scope, decision);
    }
}
