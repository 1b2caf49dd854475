package org.privatefiles.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.throttle.LogInThrottle;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.ThrottledException;
import org.privatefiles.domain.failure.UnauthenticatedException;

class LogInServiceTest {
    private static final String HOME = "192.0.2.10";
    private static final String ATTACKER = "203.0.113.66";

    @Test
    void the_right_password_gives_a_token_that_authenticates_the_user() {
        var f = new CoreFixture();
        var user = f.core.administration().createUser("ann@example.com", "s3cret-pass", false);
        var result = f.core.logIn().logIn("ann@example.com", "s3cret-pass", HOME);
        assertThat(result.token()).matches("[0-9a-f]{40}");
        assertThat(f.core.authenticateToken().authenticate(result.token())).isEqualTo(user);
    }

    @Test
    void the_email_is_matched_ignoring_case() {
        var f = new CoreFixture();
        f.core.administration().createUser("Ann@Example.com", "s3cret-pass", false);
        assertThat(f.core.logIn().logIn("ann@example.COM", "s3cret-pass", HOME).email()).isEqualTo("Ann@Example.com");
    }

    @Test
    void a_wrong_password_is_the_drf_non_field_error() {
        var f = new CoreFixture();
        f.core.administration().createUser("ann@example.com", "s3cret-pass", false);
        assertThatThrownBy(() -> f.core.logIn().logIn("ann@example.com", "wrong", HOME))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.problems())
                        .containsEntry(InvalidException.NON_FIELD, java.util.List.of(new Problem.BadCredentials())));
    }

    @Test
    void an_unknown_user_gets_the_same_error_as_a_wrong_password() {
        var f = new CoreFixture();
        assertThatThrownBy(() -> f.core.logIn().logIn("nobody@example.com", "x", HOME)).isInstanceOf(InvalidException.class);
    }

    @Test
    void after_ten_failures_from_one_address_even_the_right_password_from_there_is_throttled_until_the_window_frees() {
        var f = new CoreFixture();
        f.core.administration().createUser("ann@example.com", "s3cret-pass", false);
        for (int i = 0; i < LogInThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            assertThatThrownBy(() -> f.core.logIn().logIn("ann@example.com", "wrong", HOME)).isInstanceOf(InvalidException.class);
        }
        assertThatThrownBy(() -> f.core.logIn().logIn("ann@example.com", "s3cret-pass", HOME)).isInstanceOf(ThrottledException.class);
        f.clock.advance(LogInThrottle.WINDOW);
        assertThat(f.core.logIn().logIn("ann@example.com", "s3cret-pass", HOME).token()).isNotBlank();
    }

    @Test
    void a_log_in_token_expires_after_the_configured_lifetime() {
        var f = new CoreFixture();
        f.core.administration().createUser("ann@example.com", "s3cret-pass", false);
        var token = f.core.logIn().logIn("ann@example.com", "s3cret-pass", HOME).token();
        f.clock.advance(Duration.ofDays(7));
        assertThatThrownBy(() -> f.core.authenticateToken().authenticate(token)).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void a_machine_users_log_in_token_does_not_expire() {
        var f = new CoreFixture();
        var robot = f.core.administration().createUser("robot@example.com", "s3cret-pass", true);
        var token = f.core.logIn().logIn("robot@example.com", "s3cret-pass", HOME).token();
        f.clock.advance(Duration.ofDays(3650));
        assertThat(f.core.authenticateToken().authenticate(token)).isEqualTo(robot);
    }

    @Test
    void a_revoked_admin_token_no_longer_authenticates() {
        var f = new CoreFixture();
        var user = f.user("ann");
        var token = f.core.administration().createToken(user);
        assertThat(f.core.authenticateToken().authenticate(token)).isEqualTo(user);
        f.core.administration().revokeToken(token);
        assertThatThrownBy(() -> f.core.authenticateToken().authenticate(token)).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void passwords_are_stored_only_as_a_salted_pbkdf2_hash() {
        var f = new CoreFixture();
        f.core.administration().createUser("ann@example.com", "s3cret-pass", false);
        f.core.administration().createUser("bob@example.com", "s3cret-pass", false);
        var ann = f.directory.findUserByEmail("ann@example.com").orElseThrow().passwordHash();
        var bob = f.directory.findUserByEmail("bob@example.com").orElseThrow().passwordHash();
        assertThat(ann).startsWith("pbkdf2_sha256$").doesNotContain("s3cret-pass").isNotEqualTo(bob);
    }

    @Test
    void failures_from_another_address_do_not_lock_the_user_out() {
        var f = new CoreFixture();
        f.core.administration().createUser("ann@example.com", "s3cret-pass", false);
        for (int i = 0; i < LogInThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            assertThatThrownBy(() -> f.core.logIn().logIn("ann@example.com", "wrong", ATTACKER)).isInstanceOf(InvalidException.class);
        }
        assertThatThrownBy(() -> f.core.logIn().logIn("ann@example.com", "s3cret-pass", ATTACKER)).isInstanceOf(ThrottledException.class);
        assertThat(f.core.logIn().logIn("ann@example.com", "s3cret-pass", HOME).token()).isNotBlank();
    }

    @Test
    void failures_from_many_addresses_reach_the_higher_per_username_ceiling() {
        var f = new CoreFixture();
        f.core.administration().createUser("ann@example.com", "s3cret-pass", false);
        for (int i = 0; i < LogInThrottle.MAX_FAILURES_PER_USERNAME; i++) {
            String address = "198.51.100." + (i / LogInThrottle.MAX_FAILURES_PER_ADDRESS);
            assertThatThrownBy(() -> f.core.logIn().logIn("ann@example.com", "wrong", address)).isInstanceOf(InvalidException.class);
        }
        assertThatThrownBy(() -> f.core.logIn().logIn("ann@example.com", "s3cret-pass", HOME)).isInstanceOf(ThrottledException.class);
        f.clock.advance(LogInThrottle.WINDOW);
        assertThat(f.core.logIn().logIn("ann@example.com", "s3cret-pass", HOME).token()).isNotBlank();
    }
}
