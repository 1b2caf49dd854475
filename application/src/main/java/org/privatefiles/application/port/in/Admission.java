package org.privatefiles.application.port.in;

import java.util.Objects;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.throttle.ThrottleDecision;
import org.privatefiles.domain.throttle.ThrottleScope;

/**
 * Proof that a request passed the org gate: the actor is a pro member of the org and the
 * throttle admitted the request in this scope. Every private-file use case takes one.
 */
public record Admission(Actor actor, ThrottleScope scope, ThrottleDecision throttle) {
    public Admission {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(throttle, "throttle");
    }

    /** Guards a use case against an admission spent on the other scope. */
    public void require(ThrottleScope needed) {
        if (scope != needed) {
            throw new IllegalArgumentException("this operation needs a " + needed + " admission, got " + scope);
        }
    }
}
