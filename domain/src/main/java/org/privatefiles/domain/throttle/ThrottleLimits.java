package org.privatefiles.domain.throttle;

/** Configured limits: requests per org per scope per rolling day, and per user per scope per rolling hour. */
public record ThrottleLimits(int orgPerDay, int userPerHour) {
    public static final ThrottleLimits DEFAULT = new ThrottleLimits(1000, 1000);

    public ThrottleLimits {
        if (orgPerDay < 0 || userPerHour < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }
}
