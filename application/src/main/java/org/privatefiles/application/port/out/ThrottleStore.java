package org.privatefiles.application.port.out;

import java.time.Instant;
import java.util.List;
import org.privatefiles.domain.throttle.ThrottleDecision;
import org.privatefiles.domain.throttle.ThrottleWindow;

/**
 * Outbound port: counts admitted requests per window key. {@link #tryAcquire} is atomic across
 * every caller sharing the store (threads, and processes sharing a database): for each window it
 * gathers the instants admitted inside it, asks {@code ThrottlePolicy.evaluate}, and records
 * {@code now} under every key only when every window admits. Refused requests leave no trace.
 */
public interface ThrottleStore {

    ThrottleDecision tryAcquire(List<ThrottleWindow> windows, Instant now);

    /** What the windows would say at {@code now}, recording nothing. */
    ThrottleDecision peek(List<ThrottleWindow> windows, Instant now);

    /** Forgets instants older than the cutoff, under every key; returns how many went. */
    int forgetBefore(Instant cutoff);
}
