package org.privatefiles.domain.throttle;

import java.time.Instant;
import java.util.List;

/**
 * What a window needs to know of the admissions it holds, whatever their number: how many there
 * are ({@code used}), the oldest of them, and the one that must leave before another request fits
 * (the {@code limit}-th newest; null while fewer than {@code limit} are held).
 */
public record WindowTally(int used, Instant oldest, Instant limitthNewest) {
    public static final WindowTally EMPTY = new WindowTally(0, null, null);

    public WindowTally {
        if (used < 0) {
            throw new IllegalArgumentException("used must not be negative: " + used);
        }
        if (used > 0 && oldest == null) {
            throw new IllegalArgumentException("a tally of admissions names the oldest");
        }
    }

    /** The tally of the admissions (ascending) that are inside the window at {@code now}. */
    public static WindowTally of(ThrottleWindow window, List<Instant> admittedAscending, Instant now) {
        Instant windowStart = now.minus(window.length());
        // Admissions stamped after now (another instance's clock ran ahead) count too: the limit must hold.
        List<Instant> inWindow = admittedAscending.stream().filter(t -> t.isAfter(windowStart)).toList();
        int used = inWindow.size();
        if (used == 0) {
            return EMPTY;
        }
        Instant limitth = window.limit() > 0 && used >= window.limit() ? inWindow.get(used - window.limit()) : null;
        return new WindowTally(used, inWindow.get(0), limitth);
    }
}
