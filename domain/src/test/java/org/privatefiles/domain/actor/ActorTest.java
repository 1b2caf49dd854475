package org.privatefiles.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.privatefiles.domain.fixtures.Fixtures.ALICE;
import static org.privatefiles.domain.fixtures.Fixtures.BOB;
import static org.privatefiles.domain.fixtures.Fixtures.ORG;
import static org.privatefiles.domain.fixtures.Fixtures.OTHER_ORG;
import static org.privatefiles.domain.fixtures.Fixtures.PROJECT_A;
import static org.privatefiles.domain.fixtures.Fixtures.PROJECT_B;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.fixtures.ActorBuilder;

/** An actor is a user in one org: what its membership says, and nothing when it has none. */
class ActorTest {

    @Test
    void non_member_has_no_role_no_permission_and_no_project() {
        Actor stranger = Actor.nonMember(ALICE, ORG);

        assertThat(stranger.isPro()).isFalse();
        assertThat(stranger.filesOrgWide()).isFalse();
        assertThat(stranger.projectsExport()).isFalse();
        assertThat(stranger.allProjects()).isFalse();
        assertThat(stranger.projectAccess(PROJECT_A)).isEmpty();
    }

    @Test
    void assigned_member_reaches_only_assigned_projects_at_their_levels() {
        Actor alice = ActorBuilder.pro(ALICE).assigned(PROJECT_A, AccessLevel.EDIT).build();

        assertThat(alice.projectAccess(PROJECT_A)).contains(AccessLevel.EDIT);
        assertThat(alice.projectAccess(PROJECT_B)).isEmpty();
    }

    @Test
    void all_projects_member_reaches_every_project_at_the_membership_level() {
        Actor alice = ActorBuilder.pro(ALICE).allProjects(AccessLevel.VIEW).assigned(PROJECT_A, AccessLevel.EDIT).build();

        assertThat(alice.projectAccess(PROJECT_A)).contains(AccessLevel.VIEW);
        assertThat(alice.projectAccess(PROJECT_B)).contains(AccessLevel.VIEW);
    }

    @Test
    void membership_of_another_user_or_org_is_rejected() {
        var bobsMembership = new Membership(ORG, BOB, Role.PRO, false, false, ProjectScope.ALL, AccessLevel.VIEW);
        var otherOrgMembership = new Membership(OTHER_ORG, ALICE, Role.PRO, false, false, ProjectScope.ALL, AccessLevel.VIEW);

        assertThatIllegalArgumentException().isThrownBy(() -> new Actor(ALICE, ORG, Optional.of(bobsMembership), Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Actor(ALICE, ORG, Optional.of(otherOrgMembership), Map.of()));
    }

    @Test
    void only_edit_level_allows_writing() {
        assertThat(AccessLevel.EDIT.allowsWrite()).isTrue();
        assertThat(AccessLevel.VIEW.allowsWrite()).isFalse();
    }
}
