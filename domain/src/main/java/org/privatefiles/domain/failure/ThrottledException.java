package org.privatefiles.domain.failure;

import org.privatefiles.domain.throttle.ThrottleDecision;

/** Failure: a rate limit refused the request; says when to retry. */
public final class ThrottledException extends PrivateFilesException {
    private final ThrottleDecision decision;

    public ThrottledException(ThrottleDecision decision) {
        super(message(decision.retryAfterSeconds()));
        this.decision = decision;
    }

    /** The DRF wording clients match on. */
    public static String message(long seconds) {
        return "Request was throttled. Expected available in " + seconds + (seconds == 1 ? " second." : " seconds.");
    }

    public long retryAfterSeconds() {
        return decision.retryAfterSeconds();
    }

    public ThrottleDecision decision() {
        return decision;
    }
}
