package org.privatefiles.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.failure.ForbiddenException;
import org.privatefiles.domain.failure.ThrottledException;
import org.privatefiles.domain.throttle.ThrottleLimits;
import org.privatefiles.domain.throttle.ThrottleScope;

class AdmitRequestServiceTest {

    @Test
    void a_user_who_is_not_a_member_is_forbidden() {
        var f = new CoreFixture();
        var stranger = f.user("stranger");
        assertThatThrownBy(() -> f.read(stranger)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_customer_member_is_forbidden() {
        var f = new CoreFixture();
        var customer = f.user("customer");
        f.core.administration().addMember(new Membership(f.org, customer, Role.CUSTOMER, true, true, ProjectScope.ALL, AccessLevel.EDIT));
        assertThatThrownBy(() -> f.read(customer)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_org_limit_refuses_the_request_past_it_with_the_time_until_a_slot_frees() {
        var f = new CoreFixture(CoreSettings.defaults().withThrottleLimits(new ThrottleLimits(3, 100)));
        var pro = f.proWithEverything("pro");
        for (int i = 0; i < 3; i++) {
            f.read(pro);
            f.clock.advance(Duration.ofMinutes(10));
        }
        assertThatThrownBy(() -> f.read(pro))
                .isInstanceOfSatisfying(ThrottledException.class, e ->
                        assertThat(e.retryAfterSeconds()).isEqualTo(Duration.ofHours(24).minusMinutes(30).toSeconds()));
    }

    @Test
    void the_org_limit_is_shared_by_the_members_of_the_org() {
        var f = new CoreFixture(CoreSettings.defaults().withThrottleLimits(new ThrottleLimits(2, 100)));
        var first = f.proWithEverything("first");
        var second = f.proWithEverything("second");
        f.read(first);
        f.read(second);
        assertThatThrownBy(() -> f.read(first)).isInstanceOf(ThrottledException.class);
    }

    @Test
    void reads_and_writes_have_separate_budgets() {
        var f = new CoreFixture(CoreSettings.defaults().withThrottleLimits(new ThrottleLimits(1, 100)));
        var pro = f.proWithEverything("pro");
        f.read(pro);
        assertThat(f.write(pro).scope()).isEqualTo(ThrottleScope.WRITE);
    }

    @Test
    void the_user_limit_refuses_within_the_hour_and_admits_after_it() {
        var f = new CoreFixture(CoreSettings.defaults().withThrottleLimits(new ThrottleLimits(100, 2)));
        var pro = f.proWithEverything("pro");
        f.read(pro);
        f.read(pro);
        assertThatThrownBy(() -> f.read(pro)).isInstanceOf(ThrottledException.class);
        f.clock.advance(Duration.ofHours(1));
        assertThat(f.read(pro).throttle().admitted()).isTrue();
    }

    @Test
    void a_request_refused_by_the_user_limit_does_not_spend_the_org_limit() {
        var f = new CoreFixture(CoreSettings.defaults().withThrottleLimits(new ThrottleLimits(3, 1)));
        var busy = f.proWithEverything("busy");
        var other = f.proWithEverything("other");
        f.read(busy);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> f.read(busy)).isInstanceOf(ThrottledException.class);
        }
        f.read(other);
        assertThat(f.read(f.proWithEverything("third")).throttle().primary().remaining()).isZero();
    }

    @Test
    void an_admission_reports_the_org_window_for_rate_limit_headers() {
        var f = new CoreFixture(CoreSettings.defaults().withThrottleLimits(new ThrottleLimits(10, 100)));
        var pro = f.proWithEverything("pro");
        f.read(pro);
        var second = f.read(pro).throttle().primary();
        assertThat(second.window().limit()).isEqualTo(10);
        assertThat(second.remaining()).isEqualTo(8);
    }

    @Test
    void forbidden_is_decided_before_throttling_so_strangers_do_not_spend_the_budget() {
        var f = new CoreFixture(CoreSettings.defaults().withThrottleLimits(new ThrottleLimits(1, 100)));
        var stranger = f.user("stranger");
        assertThatThrownBy(() -> f.read(stranger)).isInstanceOf(ForbiddenException.class);
        assertThat(f.read(f.proWithEverything("pro")).throttle().admitted()).isTrue();
    }
}
