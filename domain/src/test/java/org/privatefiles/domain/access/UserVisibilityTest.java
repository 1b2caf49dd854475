package org.privatefiles.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privatefiles.domain.fixtures.Fixtures.ALICE;
import static org.privatefiles.domain.fixtures.Fixtures.BOB;
import static org.privatefiles.domain.fixtures.Fixtures.ORG;
import static org.privatefiles.domain.fixtures.Fixtures.OTHER_ORG;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;

/** Who may see a user's profile (API.md §5, global users). */
class UserVisibilityTest {
    private final AccessPolicy policy = new AccessPolicy();

    @Test
    void a_user_sees_their_own_profile_without_any_membership() {
        assertThat(policy.canViewUser(ALICE, List.of(), ALICE, List.of())).isTrue();
    }

    @Test
    void a_pro_sees_the_members_of_their_org() {
        assertThat(policy.canViewUser(ALICE, List.of(member(ORG, ALICE, Role.PRO)), BOB,
                List.of(member(ORG, BOB, Role.CUSTOMER)))).isTrue();
    }

    @Test
    void a_customer_does_not_see_the_other_members_of_their_org() {
        assertThat(policy.canViewUser(ALICE, List.of(member(ORG, ALICE, Role.CUSTOMER)), BOB,
                List.of(member(ORG, BOB, Role.PRO)))).isFalse();
    }

    @Test
    void a_pro_of_another_org_does_not_see_the_user() {
        assertThat(policy.canViewUser(ALICE, List.of(member(OTHER_ORG, ALICE, Role.PRO)), BOB,
                List.of(member(ORG, BOB, Role.PRO)))).isFalse();
    }

    private static Membership member(OrgId org, UserId user, Role role) {
        return new Membership(org, user, role, false, false, ProjectScope.ASSIGNED, AccessLevel.VIEW);
    }
}
