package org.privatefiles.application.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.privatefiles.application.port.out.ThrottleStore;
import org.privatefiles.domain.throttle.ThrottleDecision;
import org.privatefiles.domain.throttle.ThrottlePolicy;
import org.privatefiles.domain.throttle.ThrottleWindow;
import org.privatefiles.domain.throttle.WindowVerdict;

/**
 * Fake: a {@link ThrottleStore} in memory. One lock makes each acquisition atomic over all its
 * windows; the instants of each key are kept in ascending order.
 */
public final class InMemoryThrottleStore implements ThrottleStore {
    private final Map<String, List<Instant>> admitted = new HashMap<>();

    @Override
    public synchronized ThrottleDecision tryAcquire(List<ThrottleWindow> windows, Instant now) {
        ThrottleDecision decision = evaluate(windows, now);
        if (decision.admitted()) {
            windows.stream().map(ThrottleWindow::key).distinct().forEach(key -> record(key, now));
        }
        return decision;
    }

    @Override
    public synchronized ThrottleDecision peek(List<ThrottleWindow> windows, Instant now) {
        return evaluate(windows, now);
    }

    @Override
    public synchronized int forgetBefore(Instant cutoff) {
        int forgotten = 0;
        var entries = admitted.entrySet().iterator();
        while (entries.hasNext()) {
            List<Instant> instants = entries.next().getValue();
            int before = instants.size();
            instants.removeIf(t -> t.isBefore(cutoff));
            forgotten += before - instants.size();
            if (instants.isEmpty()) {
                entries.remove();
            }
        }
        return forgotten;
    }

    /** The instants recorded under a key, ascending (for tests). */
    public synchronized List<Instant> admittedUnder(String key) {
        return List.copyOf(admitted.getOrDefault(key, List.of()));
    }

    private ThrottleDecision evaluate(List<ThrottleWindow> windows, Instant now) {
        List<WindowVerdict> verdicts = new ArrayList<>();
        for (ThrottleWindow window : windows) {
            verdicts.add(ThrottlePolicy.evaluate(window, admitted.getOrDefault(window.key(), List.of()), now));
        }
        return new ThrottleDecision(verdicts);
    }

    private void record(String key, Instant now) {
        List<Instant> instants = admitted.computeIfAbsent(key, k -> new ArrayList<>());
        int at = Collections.binarySearch(instants, now);
        instants.add(at < 0 ? -at - 1 : at, now);
    }
}
