package org.privatefiles.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privatefiles.domain.fixtures.Fixtures.ALICE;
import static org.privatefiles.domain.fixtures.Fixtures.BOB;
import static org.privatefiles.domain.fixtures.Fixtures.EXPORT_TAG;
import static org.privatefiles.domain.fixtures.Fixtures.ORG;
import static org.privatefiles.domain.fixtures.Fixtures.OTHER_ORG;
import static org.privatefiles.domain.fixtures.Fixtures.PROJECT_A;
import static org.privatefiles.domain.fixtures.Fixtures.PROJECT_B;
import static org.privatefiles.domain.fixtures.Fixtures.file;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.fixtures.ActorBuilder;

/** The read scope as a value: what it holds for typical actors, and what it admits. */
class ReadScopeTest {
    private final AccessPolicy policy = new AccessPolicy();

    @Test
    void nothing_scope_admits_not_even_own_files() {
        assertThat(ReadScope.nothing(ORG).admits(file().user(ALICE).build())).isFalse();
    }

    @Test
    void customer_and_non_member_get_the_nothing_scope() {
        assertThat(policy.readScope(ActorBuilder.customer(ALICE).filesOrgWide().build())).isEqualTo(ReadScope.nothing(ORG));
        assertThat(policy.readScope(ActorBuilder.nonMember(ALICE))).isEqualTo(ReadScope.nothing(ORG));
    }

    @Test
    void assigned_member_scope_holds_own_files_and_assigned_projects_at_any_level() {
        var alice = ActorBuilder.pro(ALICE).assigned(PROJECT_A, AccessLevel.VIEW).assigned(PROJECT_B, AccessLevel.EDIT).build();

        assertThat(policy.readScope(alice)).isEqualTo(
                new ReadScope(ORG, false, false, ALICE, false, Set.of(PROJECT_A, PROJECT_B), false));
    }

    @Test
    void all_projects_member_scope_lists_no_projects_but_admits_every_project() {
        var alice = ActorBuilder.pro(ALICE).allProjects(AccessLevel.VIEW).assigned(PROJECT_A, AccessLevel.EDIT).build();
        ReadScope scope = policy.readScope(alice);

        assertThat(scope.allProjects()).isTrue();
        assertThat(scope.projects()).isEmpty();
        assertThat(scope.admits(file().user(BOB).project(PROJECT_B).build())).isTrue();
        assertThat(scope.admits(file().user(BOB).build())).isFalse();
    }

    @Test
    void scope_never_admits_a_file_of_another_org() {
        var alice = ActorBuilder.pro(ALICE).filesOrgWide().projectsExport().build();

        assertThat(policy.readScope(alice).admits(file().org(OTHER_ORG).user(ALICE).build())).isFalse();
    }

    @Test
    void scope_without_export_visibility_hides_export_tagged_own_files() {
        var alice = ActorBuilder.pro(ALICE).filesOrgWide().build();

        assertThat(policy.readScope(alice).admits(file().user(ALICE).tags(List.of(EXPORT_TAG)).build())).isFalse();
    }
}
