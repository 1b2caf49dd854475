package org.privatefiles.domain.throttle;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The failed log-in rule (API.md §2): failures are counted per username and client address, so a
 * third party elsewhere cannot lock a user out, and per username alone with a higher ceiling, so
 * guessing from many addresses stays bounded too. Usernames count case-insensitively.
 */
public final class LogInThrottle {
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int MAX_FAILURES_PER_ADDRESS = 10;
    public static final int MAX_FAILURES_PER_USERNAME = 100;

    private LogInThrottle() {
    }

    /** The windows a failed log-in of this username from this address counts in; a null address counts as one unknown address. */
    public static List<ThrottleWindow> windowsFor(String username, String clientAddress) {
        String name = String.valueOf(username).toLowerCase(Locale.ROOT);
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.strip();
        return List.of(
                new ThrottleWindow("login:" + name + "@" + address, MAX_FAILURES_PER_ADDRESS, WINDOW),
                new ThrottleWindow("login:" + name, MAX_FAILURES_PER_USERNAME, WINDOW));
    }
}
