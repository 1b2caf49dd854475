package org.privatefiles.domain.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.failure.ThrottledException;

/** A request's verdicts over all its windows, and the 429 message built from them. */
class ThrottleDecisionTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ThrottleWindow ORG = new ThrottleWindow("org:1:read", 1000, Duration.ofHours(24));
    private static final ThrottleWindow USER = new ThrottleWindow("user:2:read", 1000, Duration.ofHours(1));

    private static WindowVerdict admits(ThrottleWindow window, long resetInSeconds) {
        return new WindowVerdict(window, true, 1, NOW.plusSeconds(resetInSeconds), NOW);
    }

    private static WindowVerdict refuses(ThrottleWindow window, long retryInSeconds) {
        return new WindowVerdict(window, false, window.limit(), NOW.plusSeconds(retryInSeconds), NOW);
    }

    @Test
    void a_request_is_admitted_only_when_every_window_admits_it() {
        assertThat(new ThrottleDecision(List.of(admits(ORG, 10), admits(USER, 10))).admitted()).isTrue();
        assertThat(new ThrottleDecision(List.of(admits(ORG, 10), refuses(USER, 10))).admitted()).isFalse();
        assertThat(new ThrottleDecision(List.of(refuses(ORG, 10), admits(USER, 10))).admitted()).isFalse();
    }

    @Test
    void retry_after_is_the_longest_wait_among_refusing_windows() {
        var decision = new ThrottleDecision(List.of(refuses(ORG, 7_200), refuses(USER, 30)));

        assertThat(decision.retryAfterSeconds()).isEqualTo(7_200);
    }

    @Test
    void retry_after_ignores_the_reset_time_of_admitting_windows() {
        var decision = new ThrottleDecision(List.of(admits(ORG, 86_400), refuses(USER, 30)));

        assertThat(decision.retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void an_admitted_decision_has_no_retry_after() {
        assertThat(new ThrottleDecision(List.of(admits(ORG, 100), admits(USER, 5))).retryAfterSeconds()).isZero();
    }

    @Test
    void the_primary_verdict_is_the_first_one() {
        WindowVerdict org = admits(ORG, 100);

        assertThat(new ThrottleDecision(List.of(org, refuses(USER, 5))).primary()).isSameAs(org);
    }

    @Test
    void a_decision_needs_at_least_one_window() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ThrottleDecision(List.of()));
    }

    @Test
    void throttled_message_says_one_second_in_the_singular() {
        assertThat(ThrottledException.message(1)).isEqualTo("Request was throttled. Expected available in 1 second.");
    }

    @Test
    void throttled_message_says_n_seconds_in_the_plural() {
        assertThat(ThrottledException.message(2)).isEqualTo("Request was throttled. Expected available in 2 seconds.");
        assertThat(ThrottledException.message(86_400)).isEqualTo("Request was throttled. Expected available in 86400 seconds.");
    }

    @Test
    void throttled_exception_carries_the_decision_and_its_retry_after() {
        var decision = new ThrottleDecision(List.of(admits(ORG, 100), refuses(USER, 1)));

        var e = new ThrottledException(decision);

        assertThat(e.getMessage()).isEqualTo("Request was throttled. Expected available in 1 second.");
        assertThat(e.retryAfterSeconds()).isEqualTo(1);
        assertThat(e.decision()).isSameAs(decision);
    }
}
