package org.privatefiles.application.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.ForbiddenException;
import org.privatefiles.domain.failure.UnauthenticatedException;
import org.privatefiles.domain.throttle.ThrottleScope;

/**
 * The README's identity bound, with two cores sharing one directory as two instances share a
 * database: a change through a core takes effect there at once, and on the other core once what it
 * remembered is {@link PrivateFilesCore#DEFAULT_IDENTITY_CACHE_TTL} old; expiry is checked every time.
 */
class IdentityCacheTest {
    private static final Duration TTL = PrivateFilesCore.DEFAULT_IDENTITY_CACHE_TTL;

    private final CoreFixture fixture = new CoreFixture();
    private final PrivateFilesCore other = PrivateFilesCore.builder().files(fixture.files).tags(fixture.tags)
            .directory(fixture.directory).content(fixture.content).throttle(fixture.throttle).clock(fixture.clock)
            .settings(CoreSettings.defaults()).passwordIterations(1000).build();
    private final UserId ann = fixture.proWithEverything("ann");
    private final String token = fixture.core.administration().createToken(ann);

    @Test
    void a_token_revoked_through_a_core_is_refused_by_that_core_at_once() {
        fixture.core.admitRequest().admit(token, fixture.org, ThrottleScope.READ);

        fixture.core.administration().revokeToken(token);

        assertThatThrownBy(() -> fixture.core.admitRequest().admit(token, fixture.org, ThrottleScope.READ))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void a_token_revoked_through_another_core_is_refused_here_once_the_remembered_identity_is_ttl_old() {
        fixture.core.admitRequest().admit(token, fixture.org, ThrottleScope.READ);
        other.administration().revokeToken(token);

        fixture.clock.advance(TTL.minusMillis(1));
        fixture.core.admitRequest().admit(token, fixture.org, ThrottleScope.READ);
        fixture.clock.advance(Duration.ofMillis(1));

        assertThatThrownBy(() -> fixture.core.admitRequest().admit(token, fixture.org, ThrottleScope.READ))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void a_membership_changed_through_another_core_reaches_this_one_within_the_ttl() {
        fixture.core.admitRequest().admit(token, fixture.org, ThrottleScope.READ);
        other.administration().addMember(new Membership(fixture.org, ann, Role.CUSTOMER, false, false,
                ProjectScope.ASSIGNED, AccessLevel.VIEW));

        fixture.clock.advance(TTL);

        assertThatThrownBy(() -> fixture.core.admitRequest().admit(token, fixture.org, ThrottleScope.READ))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void an_expired_token_is_refused_at_once_although_its_identity_is_remembered() {
        fixture.core.administration().createUser("bob@example.com", "bob-password", false);
        UserId bob = fixture.directory.findUserByEmail("bob@example.com").orElseThrow().id();
        fixture.core.administration().addMember(new Membership(fixture.org, bob, Role.PRO, true, true,
                ProjectScope.ALL, AccessLevel.EDIT));
        String sevenDays = fixture.core.logIn().logIn("bob@example.com", "bob-password", "127.0.0.1").token();
        fixture.clock.advance(Duration.ofDays(7).minusSeconds(1));
        fixture.core.admitRequest().admit(sevenDays, fixture.org, ThrottleScope.READ);

        fixture.clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> fixture.core.admitRequest().admit(sevenDays, fixture.org, ThrottleScope.READ))
                .isInstanceOf(UnauthenticatedException.class);
    }
}
