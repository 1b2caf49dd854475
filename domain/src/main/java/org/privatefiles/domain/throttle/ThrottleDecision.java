package org.privatefiles.domain.throttle;

import java.util.List;

/** The verdicts of every window that applies to one request; admitted only when all of them admit. */
public record ThrottleDecision(List<WindowVerdict> verdicts) {
    public ThrottleDecision {
        verdicts = List.copyOf(verdicts);
        if (verdicts.isEmpty()) {
            throw new IllegalArgumentException("a decision needs at least one window");
        }
    }

    public boolean admitted() {
        return verdicts.stream().allMatch(WindowVerdict::admits);
    }

    /** Seconds until every refusing window has a free slot. */
    public long retryAfterSeconds() {
        return verdicts.stream().filter(v -> !v.admits()).mapToLong(WindowVerdict::secondsUntilAvailable).max().orElse(0);
    }

    /** The first window's verdict: by convention the org window, whose state the rate-limit headers show. */
    public WindowVerdict primary() {
        return verdicts.get(0);
    }
}
