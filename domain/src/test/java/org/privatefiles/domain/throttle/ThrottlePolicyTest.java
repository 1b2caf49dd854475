package org.privatefiles.domain.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;

/**
 * Rolling-window throttling, driven by explicit instants (the policy takes {@code now}, never a
 * clock). A "store" here is a list of admitted instants to which only admitted requests are added.
 */
class ThrottlePolicyTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration MINUTE = Duration.ofSeconds(60);

    /** A window and the instants it admitted, fed with its own verdicts. */
    private static final class Store {
        final ThrottleWindow window;
        final List<Instant> admitted = new ArrayList<>();

        Store(ThrottleWindow window) {
            this.window = window;
        }

        WindowVerdict request(Instant now) {
            WindowVerdict verdict = ThrottlePolicy.evaluate(window, admitted, now);
            if (verdict.admits()) {
                admitted.add(now);
            }
            return verdict;
        }
    }

    private static ThrottleWindow window(int limit) {
        return new ThrottleWindow("test", limit, MINUTE);
    }

    @Test
    void under_steady_load_exactly_the_limit_is_admitted_in_each_window() {
        var store = new Store(window(3));
        for (int second = 0; second < 180; second++) {
            store.request(T0.plusSeconds(second));
        }

        assertThat(store.admitted).containsExactly(
                T0, T0.plusSeconds(1), T0.plusSeconds(2),
                T0.plusSeconds(60), T0.plusSeconds(61), T0.plusSeconds(62),
                T0.plusSeconds(120), T0.plusSeconds(121), T0.plusSeconds(122));
    }

    @Test
    void no_rolling_window_ever_holds_more_than_the_limit_and_refusals_happen_only_when_full() {
        var random = new Random(42);
        for (int run = 0; run < 300; run++) {
            int limit = 1 + random.nextInt(8);
            var store = new Store(window(limit));
            Instant now = T0;
            for (int i = 0; i < 200; i++) {
                // Gaps from 0 to 30 s, sometimes several requests at the same instant.
                now = now.plusMillis(random.nextInt(4) == 0 ? 0 : random.nextInt(30_000));
                WindowVerdict verdict = store.request(now);
                long inWindow = countIn(store.admitted, now.minus(MINUTE), now);
                if (verdict.admits() && inWindow > limit) {
                    fail("run %d: %d admitted in the window ending %s, limit %d", run, inWindow, now, limit);
                }
                if (!verdict.admits() && inWindow != limit) {
                    fail("run %d: refused at %s with only %d of %d in the window", run, now, inWindow, limit);
                }
                if (verdict.admits() && verdict.used() != inWindow) {
                    fail("run %d: used %d but %d in the window", run, verdict.used(), inWindow);
                }
            }
        }
    }

    @Test
    void refused_requests_are_not_counted() {
        var store = new Store(window(2));
        store.request(T0);
        store.request(T0.plusSeconds(1));
        for (int second = 2; second < 60; second++) {
            assertThat(store.request(T0.plusSeconds(second)).admits()).isFalse();
        }

        // Only T0 has left the window (T0, T0+60s]; had the refusals counted, this would be refused.
        assertThat(store.request(T0.plusSeconds(60)).admits()).isTrue();
        assertThat(store.admitted).hasSize(3);
    }

    @Test
    void an_admission_exactly_one_window_length_old_no_longer_counts() {
        List<Instant> admitted = List.of(T0);

        assertThat(ThrottlePolicy.evaluate(window(1), admitted, T0.plus(MINUTE).minusNanos(1)).admits()).isFalse();
        assertThat(ThrottlePolicy.evaluate(window(1), admitted, T0.plus(MINUTE)).admits()).isTrue();
    }

    @Test
    void refused_request_may_retry_when_the_oldest_admission_leaves_the_window() {
        WindowVerdict verdict = ThrottlePolicy.evaluate(window(2), List.of(T0, T0.plusSeconds(10)), T0.plusSeconds(30));

        assertThat(verdict.admits()).isFalse();
        assertThat(verdict.used()).isEqualTo(2);
        assertThat(verdict.remaining()).isZero();
        assertThat(verdict.availableAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(verdict.waitTime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(verdict.secondsUntilAvailable()).isEqualTo(30);
    }

    @Test
    void retrying_at_the_announced_instant_is_admitted_and_a_nanosecond_earlier_is_not() {
        List<Instant> admitted = List.of(T0, T0.plusSeconds(10));
        Instant availableAt = ThrottlePolicy.evaluate(window(2), admitted, T0.plusSeconds(30)).availableAt();

        assertThat(ThrottlePolicy.evaluate(window(2), admitted, availableAt.minusNanos(1)).admits()).isFalse();
        assertThat(ThrottlePolicy.evaluate(window(2), admitted, availableAt).admits()).isTrue();
    }

    @Test
    void when_the_window_holds_more_than_the_limit_retry_waits_until_enough_have_left() {
        // A lowered limit: three admissions in the window, limit two: two must leave.
        List<Instant> admitted = List.of(T0, T0.plusSeconds(10), T0.plusSeconds(20));

        WindowVerdict verdict = ThrottlePolicy.evaluate(window(2), admitted, T0.plusSeconds(30));

        assertThat(verdict.admits()).isFalse();
        assertThat(verdict.availableAt()).isEqualTo(T0.plusSeconds(70));
        assertThat(ThrottlePolicy.evaluate(window(2), admitted, T0.plusSeconds(70)).admits()).isTrue();
    }

    @Test
    void fractional_seconds_to_wait_round_up() {
        // Admitted at T0 + 0.8 s and T0 + 1 s; at T0 + 31.6 s the first leaves in 29.2 s.
        List<Instant> admitted = List.of(T0.plusMillis(800), T0.plusSeconds(1));

        WindowVerdict verdict = ThrottlePolicy.evaluate(window(2), admitted, T0.plusMillis(31_600));

        assertThat(verdict.waitTime()).isEqualTo(Duration.ofMillis(29_200));
        assertThat(verdict.secondsUntilAvailable()).isEqualTo(30);
    }

    @Test
    void seconds_until_rounds_up_and_is_zero_for_now_or_the_past() {
        assertThat(ThrottlePolicy.secondsUntil(T0, T0.plusNanos(1))).isEqualTo(1);
        assertThat(ThrottlePolicy.secondsUntil(T0, T0.plusSeconds(1))).isEqualTo(1);
        assertThat(ThrottlePolicy.secondsUntil(T0, T0.plusSeconds(1).plusNanos(1))).isEqualTo(2);
        assertThat(ThrottlePolicy.secondsUntil(T0, T0.plus(Duration.ofHours(24)))).isEqualTo(86_400);
        assertThat(ThrottlePolicy.secondsUntil(T0, T0)).isZero();
        assertThat(ThrottlePolicy.secondsUntil(T0, T0.minusSeconds(5))).isZero();
    }

    @Test
    void a_refused_request_always_waits_at_least_one_second() {
        WindowVerdict verdict = ThrottlePolicy.evaluate(window(1), List.of(T0), T0.plus(MINUTE).minusNanos(1));

        assertThat(verdict.admits()).isFalse();
        assertThat(verdict.secondsUntilAvailable()).isEqualTo(1);
    }

    @Test
    void admitted_request_counts_itself_and_resets_when_the_oldest_admission_leaves() {
        WindowVerdict verdict = ThrottlePolicy.evaluate(window(5), List.of(T0, T0.plusSeconds(20)), T0.plusSeconds(30));

        assertThat(verdict.admits()).isTrue();
        assertThat(verdict.used()).isEqualTo(3);
        assertThat(verdict.remaining()).isEqualTo(2);
        assertThat(verdict.availableAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void admitted_request_into_an_empty_window_resets_one_window_length_later() {
        WindowVerdict verdict = ThrottlePolicy.evaluate(window(5), List.of(), T0);

        assertThat(verdict.used()).isEqualTo(1);
        assertThat(verdict.availableAt()).isEqualTo(T0.plus(MINUTE));
    }

    @Test
    void limit_zero_refuses_every_request() {
        var store = new Store(window(0));
        for (int minute = 0; minute < 5; minute++) {
            WindowVerdict verdict = store.request(T0.plus(MINUTE.multipliedBy(minute)));
            assertThat(verdict.admits()).isFalse();
            assertThat(verdict.secondsUntilAvailable()).isEqualTo(60);
        }
        assertThat(store.admitted).isEmpty();
    }

    @Test
    void windows_for_a_request_are_the_org_day_first_and_the_user_hour_second() {
        var policy = new ThrottlePolicy(new ThrottleLimits(500, 40));

        List<ThrottleWindow> windows = policy.windowsFor(OrgId.of(7), UserId.of(9), ThrottleScope.READ);

        assertThat(windows).containsExactly(
                new ThrottleWindow("org:7:read", 500, Duration.ofHours(24)),
                new ThrottleWindow("user:9:read", 40, Duration.ofHours(1)));
    }

    @Test
    void window_keys_differ_per_scope_and_between_org_and_user_of_the_same_id() {
        var policy = new ThrottlePolicy(ThrottleLimits.DEFAULT);

        List<ThrottleWindow> read = policy.windowsFor(OrgId.of(7), UserId.of(7), ThrottleScope.READ);
        List<ThrottleWindow> write = policy.windowsFor(OrgId.of(7), UserId.of(7), ThrottleScope.WRITE);

        assertThat(List.of(read.get(0).key(), read.get(1).key(), write.get(0).key(), write.get(1).key()))
                .containsExactly("org:7:read", "user:7:read", "org:7:write", "user:7:write")
                .doesNotHaveDuplicates();
    }

    @Test
    void default_limits_are_a_thousand_per_org_day_and_per_user_hour() {
        assertThat(ThrottleLimits.DEFAULT).isEqualTo(new ThrottleLimits(1000, 1000));
    }

    @Test
    void negative_limits_and_empty_windows_are_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ThrottleLimits(-1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new ThrottleLimits(10, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new ThrottleWindow("k", -1, MINUTE));
        assertThatIllegalArgumentException().isThrownBy(() -> new ThrottleWindow("k", 1, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new ThrottleWindow("k", 1, Duration.ofSeconds(-1)));
    }

    private static long countIn(List<Instant> admitted, Instant exclusiveStart, Instant inclusiveEnd) {
        return admitted.stream().filter(t -> t.isAfter(exclusiveStart) && !t.isAfter(inclusiveEnd)).count();
    }
}
