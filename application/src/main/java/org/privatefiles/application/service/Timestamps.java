package org.privatefiles.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the precision every store keeps: microseconds. */
final class Timestamps {
    private Timestamps() {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
