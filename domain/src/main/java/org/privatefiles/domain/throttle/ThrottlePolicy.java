package org.privatefiles.domain.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;

/**
 * Rolling-window throttling (API.md §3): which windows apply to a request, and what a window
 * says given the instants of the requests it admitted. A window of length L at time t counts
 * the requests admitted after t - L (including any stamped after t by a clock that runs ahead).
 */
public final class ThrottlePolicy {
    public static final Duration ORG_WINDOW = Duration.ofHours(24);
    public static final Duration USER_WINDOW = Duration.ofHours(1);

    private final ThrottleLimits limits;

    public ThrottlePolicy(ThrottleLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The org window first (its state goes into the rate-limit headers), then the user window. */
    public List<ThrottleWindow> windowsFor(OrgId org, UserId user, ThrottleScope scope) {
        return List.of(
                new ThrottleWindow("org:" + org.value() + ":" + scope.key(), limits.orgPerDay(), ORG_WINDOW),
                new ThrottleWindow("user:" + user.value() + ":" + scope.key(), limits.userPerHour(), USER_WINDOW));
    }

    /**
     * The verdict of one window at {@code now}, given the instants (ascending) of the requests it
     * admitted that are still inside it. Admitting counts this request in {@code used}.
     */
    public static WindowVerdict evaluate(ThrottleWindow window, List<Instant> admittedAscending, Instant now) {
        return evaluate(window, WindowTally.of(window, admittedAscending, now), now);
    }

    /**
     * The verdict of one window at {@code now}, given the tally of the admissions inside it: the
     * same verdict as from the instants themselves, at a cost that does not depend on their number.
     */
    public static WindowVerdict evaluate(ThrottleWindow window, WindowTally tally, Instant now) {
        int used = tally.used();
        if (used < window.limit()) {
            Instant oldest = used == 0 ? now : tally.oldest();
            return new WindowVerdict(window, true, used + 1, oldest.plus(window.length()), now);
        }
        if (window.limit() == 0) {
            return new WindowVerdict(window, false, used, now.plus(window.length()), now);
        }
        // The request fits once enough of the oldest have left: when the limit-th newest expires.
        return new WindowVerdict(window, false, used, tally.limitthNewest().plus(window.length()), now);
    }

    /** Whole seconds from {@code now} to {@code until}, rounded up; never below 1 for a future instant. */
    public static long secondsUntil(Instant now, Instant until) {
        long nanos = Duration.between(now, until).toNanos();
        if (nanos <= 0) {
            return 0;
        }
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
