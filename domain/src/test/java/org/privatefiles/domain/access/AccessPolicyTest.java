package org.privatefiles.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.privatefiles.domain.fixtures.Fixtures.ALICE;
import static org.privatefiles.domain.fixtures.Fixtures.BOB;
import static org.privatefiles.domain.fixtures.Fixtures.DESIGN_BACKUP;
import static org.privatefiles.domain.fixtures.Fixtures.EXPORT_TAG;
import static org.privatefiles.domain.fixtures.Fixtures.EXTRA_FILE;
import static org.privatefiles.domain.fixtures.Fixtures.OTHER_ORG;
import static org.privatefiles.domain.fixtures.Fixtures.PROJECT_A;
import static org.privatefiles.domain.fixtures.Fixtures.PROJECT_B;
import static org.privatefiles.domain.fixtures.Fixtures.file;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.fixtures.ActorBuilder;

/** The access rules of API.md §2, one fact per test, for reading and for writing. */
class AccessPolicyTest {
    private final AccessPolicy policy = new AccessPolicy();

    private final PrivateFile bobsFile = file().user(BOB).build();
    private final PrivateFile bobsFileOnProjectA = file().user(BOB).project(PROJECT_A).build();
    private final PrivateFile bobsExportTaggedFile = file().user(BOB).tags(List.of(EXTRA_FILE, EXPORT_TAG)).build();

    @Test
    void rules_apply_in_the_order_of_the_contract() {
        assertThat(AccessRules.IN_ORDER).extracting(AccessRule::name).containsExactly(
                AccessRules.NOT_A_PRO_MEMBER,
                AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION,
                AccessRules.ORG_WIDE_ACCESS,
                AccessRules.CREATOR_ACCESS,
                AccessRules.PROJECT_ACCESS,
                AccessRules.NO_ACCESS_OTHERWISE);
    }

    @Nested
    class Rule1_only_pro_members_of_the_files_org {
        @Test
        void customer_member_cannot_read_or_write_even_own_files_with_every_permission() {
            Actor customer = ActorBuilder.customer(BOB).filesOrgWide().projectsExport()
                    .allProjects(AccessLevel.EDIT).build();

            assertRefusedBy(policy.read(customer, bobsFileOnProjectA), AccessRules.NOT_A_PRO_MEMBER);
            assertRefusedBy(policy.write(customer, bobsFileOnProjectA), AccessRules.NOT_A_PRO_MEMBER);
        }

        @Test
        void non_member_cannot_read_or_write_even_own_files() {
            Actor stranger = ActorBuilder.nonMember(BOB);

            assertRefusedBy(policy.read(stranger, bobsFile), AccessRules.NOT_A_PRO_MEMBER);
            assertRefusedBy(policy.write(stranger, bobsFile), AccessRules.NOT_A_PRO_MEMBER);
        }

        @Test
        void org_wide_pro_member_cannot_read_or_write_a_file_of_another_org() {
            Actor alice = ActorBuilder.pro(ALICE).filesOrgWide().projectsExport().allProjects(AccessLevel.EDIT).build();
            PrivateFile otherOrgsFile = file().org(OTHER_ORG).user(ALICE).project(PROJECT_A).build();

            assertRefusedBy(policy.read(alice, otherOrgsFile), AccessRules.NOT_A_PRO_MEMBER);
            assertRefusedBy(policy.write(alice, otherOrgsFile), AccessRules.NOT_A_PRO_MEMBER);
        }

        @Test
        void org_access_is_allowed_to_pro_members_only() {
            assertAllowedBy(policy.orgAccess(ActorBuilder.pro(ALICE).build()), AccessRules.NOT_A_PRO_MEMBER);
            assertRefusedBy(policy.orgAccess(ActorBuilder.customer(ALICE).filesOrgWide().build()), AccessRules.NOT_A_PRO_MEMBER);
            assertRefusedBy(policy.orgAccess(ActorBuilder.nonMember(ALICE)), AccessRules.NOT_A_PRO_MEMBER);
        }
    }

    @Nested
    class Rule2_export_tagged_files_need_projects_export {
        @Test
        void org_wide_member_without_projects_export_cannot_read_or_write_export_tagged_files() {
            Actor alice = ActorBuilder.pro(ALICE).filesOrgWide().build();

            assertRefusedBy(policy.read(alice, bobsExportTaggedFile), AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION);
            assertRefusedBy(policy.write(alice, bobsExportTaggedFile), AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION);
        }

        @Test
        void creator_without_projects_export_cannot_read_or_write_own_export_tagged_file() {
            Actor bob = ActorBuilder.pro(BOB).build();

            assertRefusedBy(policy.read(bob, bobsExportTaggedFile), AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION);
            assertRefusedBy(policy.write(bob, bobsExportTaggedFile), AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION);
        }

        @Test
        void project_editor_without_projects_export_cannot_read_export_tagged_files_of_the_project() {
            Actor alice = ActorBuilder.pro(ALICE).assigned(PROJECT_A, AccessLevel.EDIT).build();
            PrivateFile exportTaggedOnProject = file().user(BOB).project(PROJECT_A).tags(List.of(EXPORT_TAG)).build();

            assertRefusedBy(policy.read(alice, exportTaggedOnProject), AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION);
        }

        @Test
        void org_wide_member_with_projects_export_can_read_and_write_export_tagged_files() {
            Actor alice = ActorBuilder.pro(ALICE).filesOrgWide().projectsExport().build();

            assertAllowedBy(policy.read(alice, bobsExportTaggedFile), AccessRules.ORG_WIDE_ACCESS);
            assertAllowedBy(policy.write(alice, bobsExportTaggedFile), AccessRules.ORG_WIDE_ACCESS);
        }

        @Test
        void projects_export_on_its_own_grants_no_access_to_others_export_tagged_files() {
            Actor alice = ActorBuilder.pro(ALICE).projectsExport().build();

            assertRefusedBy(policy.read(alice, bobsExportTaggedFile), AccessRules.NO_ACCESS_OTHERWISE);
        }

        @Test
        void a_file_with_only_non_export_tags_is_not_export_tagged() {
            PrivateFile tagged = file().user(BOB).tags(List.of(EXTRA_FILE, DESIGN_BACKUP)).build();

            assertThat(tagged.isExportTagged()).isFalse();
            assertAllowedBy(policy.read(ActorBuilder.pro(BOB).build(), tagged), AccessRules.CREATOR_ACCESS);
        }
    }

    @Nested
    class Rule3_org_wide_access {
        @Test
        void org_wide_member_can_read_and_write_others_files_on_projects_it_has_no_access_to() {
            Actor alice = ActorBuilder.pro(ALICE).filesOrgWide().build();

            assertAllowedBy(policy.read(alice, bobsFileOnProjectA), AccessRules.ORG_WIDE_ACCESS);
            assertAllowedBy(policy.write(alice, bobsFileOnProjectA), AccessRules.ORG_WIDE_ACCESS);
            assertAllowedBy(policy.write(alice, bobsFile), AccessRules.ORG_WIDE_ACCESS);
        }
    }

    @Nested
    class Rule4_creator_access {
        @Test
        void creator_can_read_and_write_own_file_without_any_project_access() {
            Actor bob = ActorBuilder.pro(BOB).build();

            assertAllowedBy(policy.read(bob, bobsFileOnProjectA), AccessRules.CREATOR_ACCESS);
            assertAllowedBy(policy.write(bob, bobsFileOnProjectA), AccessRules.CREATOR_ACCESS);
        }

        @Test
        void creator_with_only_view_access_to_the_project_can_still_write_own_file() {
            Actor bob = ActorBuilder.pro(BOB).assigned(PROJECT_A, AccessLevel.VIEW).build();

            assertAllowedBy(policy.write(bob, bobsFileOnProjectA), AccessRules.CREATOR_ACCESS);
        }
    }

    @Nested
    class Rule5_project_access {
        @Test
        void project_viewer_can_read_but_not_write_files_on_the_project() {
            Actor alice = ActorBuilder.pro(ALICE).assigned(PROJECT_A, AccessLevel.VIEW).build();

            assertAllowedBy(policy.read(alice, bobsFileOnProjectA), AccessRules.PROJECT_ACCESS);
            assertRefusedBy(policy.write(alice, bobsFileOnProjectA), AccessRules.NO_ACCESS_OTHERWISE);
        }

        @Test
        void project_editor_can_read_and_write_files_on_the_project() {
            Actor alice = ActorBuilder.pro(ALICE).assigned(PROJECT_A, AccessLevel.EDIT).build();

            assertAllowedBy(policy.read(alice, bobsFileOnProjectA), AccessRules.PROJECT_ACCESS);
            assertAllowedBy(policy.write(alice, bobsFileOnProjectA), AccessRules.PROJECT_ACCESS);
        }

        @Test
        void all_projects_view_level_allows_reading_but_not_writing_files_of_any_project() {
            Actor alice = ActorBuilder.pro(ALICE).allProjects(AccessLevel.VIEW).build();
            PrivateFile onProjectB = file().user(BOB).project(PROJECT_B).build();

            assertAllowedBy(policy.read(alice, onProjectB), AccessRules.PROJECT_ACCESS);
            assertRefusedBy(policy.write(alice, onProjectB), AccessRules.NO_ACCESS_OTHERWISE);
        }

        @Test
        void all_projects_edit_level_allows_writing_files_of_any_project() {
            Actor alice = ActorBuilder.pro(ALICE).allProjects(AccessLevel.EDIT).build();
            PrivateFile onProjectB = file().user(BOB).project(PROJECT_B).build();

            assertAllowedBy(policy.write(alice, onProjectB), AccessRules.PROJECT_ACCESS);
        }

        @Test
        void all_projects_scope_uses_the_membership_level_not_per_project_assignments() {
            Actor alice = ActorBuilder.pro(ALICE).allProjects(AccessLevel.VIEW).assigned(PROJECT_A, AccessLevel.EDIT).build();

            assertRefusedBy(policy.write(alice, bobsFileOnProjectA), AccessRules.NO_ACCESS_OTHERWISE);
        }

        @Test
        void access_to_one_project_does_not_reach_files_of_another_project() {
            Actor alice = ActorBuilder.pro(ALICE).assigned(PROJECT_B, AccessLevel.EDIT).build();

            assertRefusedBy(policy.read(alice, bobsFileOnProjectA), AccessRules.NO_ACCESS_OTHERWISE);
        }

        @Test
        void project_access_does_not_reach_files_without_a_project() {
            Actor alice = ActorBuilder.pro(ALICE).allProjects(AccessLevel.EDIT).build();

            assertRefusedBy(policy.read(alice, bobsFile), AccessRules.NO_ACCESS_OTHERWISE);
        }
    }

    @Nested
    class Rule6_no_access_otherwise {
        @Test
        void member_without_org_wide_access_cannot_read_others_files() {
            Actor alice = ActorBuilder.pro(ALICE).build();

            assertRefusedBy(policy.read(alice, bobsFile), AccessRules.NO_ACCESS_OTHERWISE);
            assertRefusedBy(policy.write(alice, bobsFile), AccessRules.NO_ACCESS_OTHERWISE);
        }

        @Test
        void refusal_says_which_access_was_missing() {
            Actor alice = ActorBuilder.pro(ALICE).build();

            assertThat(((AccessDecision.Refused) policy.read(alice, bobsFile)).reason()).contains("read");
            assertThat(((AccessDecision.Refused) policy.write(alice, bobsFile)).reason()).contains("write");
        }
    }

    @Nested
    class Attaching_to_a_project {
        @Test
        void project_editor_can_attach_files_to_the_project() {
            Actor alice = ActorBuilder.pro(ALICE).assigned(PROJECT_A, AccessLevel.EDIT).build();

            assertAllowedBy(policy.attachToProject(alice, PROJECT_A), AccessRules.PROJECT_ACCESS);
        }

        @Test
        void project_viewer_cannot_attach_files_to_the_project() {
            Actor alice = ActorBuilder.pro(ALICE).assigned(PROJECT_A, AccessLevel.VIEW).build();

            assertRefusedBy(policy.attachToProject(alice, PROJECT_A), AccessRules.PROJECT_ACCESS);
        }

        @Test
        void member_cannot_attach_files_to_a_project_it_is_not_assigned_to() {
            Actor alice = ActorBuilder.pro(ALICE).assigned(PROJECT_B, AccessLevel.EDIT).build();

            assertRefusedBy(policy.attachToProject(alice, PROJECT_A), AccessRules.PROJECT_ACCESS);
        }

        @Test
        void org_wide_file_access_does_not_give_edit_access_to_projects() {
            Actor alice = ActorBuilder.pro(ALICE).filesOrgWide().projectsExport().build();

            assertRefusedBy(policy.attachToProject(alice, PROJECT_A), AccessRules.PROJECT_ACCESS);
        }

        @Test
        void all_projects_editor_can_attach_files_to_any_project() {
            Actor alice = ActorBuilder.pro(ALICE).allProjects(AccessLevel.EDIT).build();

            assertAllowedBy(policy.attachToProject(alice, PROJECT_B), AccessRules.PROJECT_ACCESS);
        }

        @Test
        void customer_with_edit_access_cannot_attach_files_to_a_project() {
            Actor customer = ActorBuilder.customer(ALICE).assigned(PROJECT_A, AccessLevel.EDIT).build();

            assertRefusedBy(policy.attachToProject(customer, PROJECT_A), AccessRules.NOT_A_PRO_MEMBER);
        }
    }

    @Nested
    class Applying_tags {
        @Test
        void export_tag_needs_projects_export() {
            Actor alice = ActorBuilder.pro(ALICE).filesOrgWide().build();

            assertRefusedBy(policy.applyTags(alice, List.of(EXTRA_FILE, EXPORT_TAG)),
                    AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION);
        }

        @Test
        void member_with_projects_export_can_apply_the_export_tag() {
            Actor alice = ActorBuilder.pro(ALICE).projectsExport().build();

            assertAllowedBy(policy.applyTags(alice, List.of(EXPORT_TAG)), AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION);
        }

        @Test
        void tags_without_export_flag_and_no_tags_need_no_permission() {
            Actor alice = ActorBuilder.pro(ALICE).build();

            assertThat(policy.applyTags(alice, List.of(EXTRA_FILE, DESIGN_BACKUP)).allowed()).isTrue();
            assertThat(policy.applyTags(alice, List.of()).allowed()).isTrue();
        }
    }

    @Nested
    class Viewing_projects {
        @Test
        void member_can_view_assigned_projects_at_either_level_and_no_others() {
            Actor alice = ActorBuilder.pro(ALICE).assigned(PROJECT_A, AccessLevel.VIEW).build();
            Actor bob = ActorBuilder.pro(BOB).assigned(PROJECT_A, AccessLevel.EDIT).build();

            assertThat(policy.canViewProject(alice, PROJECT_A)).isTrue();
            assertThat(policy.canViewProject(bob, PROJECT_A)).isTrue();
            assertThat(policy.canViewProject(alice, PROJECT_B)).isFalse();
        }

        @Test
        void member_with_all_projects_can_view_every_project() {
            Actor alice = ActorBuilder.pro(ALICE).allProjects(AccessLevel.VIEW).build();

            assertThat(policy.canViewProject(alice, PROJECT_A)).isTrue();
            assertThat(policy.canViewProject(alice, PROJECT_B)).isTrue();
        }

        @Test
        void customer_and_non_member_cannot_view_projects() {
            Actor customer = ActorBuilder.customer(ALICE).allProjects(AccessLevel.EDIT).build();

            assertThat(policy.canViewProject(customer, PROJECT_A)).isFalse();
            assertThat(policy.canViewProject(ActorBuilder.nonMember(ALICE), PROJECT_A)).isFalse();
        }
    }

    @Nested
    class Decisions {
        @Test
        void every_decision_names_the_rule_that_decided() {
            Actor bob = ActorBuilder.pro(BOB).build();

            assertThat(policy.read(bob, bobsFile)).isEqualTo(AccessDecision.allow(AccessRules.CREATOR_ACCESS));
            assertThat(policy.read(bob, bobsExportTaggedFile).rule()).isEqualTo(AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION);
            assertThat(policy.read(ActorBuilder.pro(ALICE).build(), bobsFile).rule()).isEqualTo(AccessRules.NO_ACCESS_OTHERWISE);
        }

        @Test
        void decide_with_a_need_is_what_read_and_write_answer() {
            Actor alice = ActorBuilder.pro(ALICE).assigned(PROJECT_A, AccessLevel.VIEW).build();

            assertThat(policy.decide(alice, bobsFileOnProjectA, AccessNeed.READ)).isEqualTo(policy.read(alice, bobsFileOnProjectA));
            assertThat(policy.decide(alice, bobsFileOnProjectA, AccessNeed.WRITE)).isEqualTo(policy.write(alice, bobsFileOnProjectA));
        }

        @Test
        void a_refusal_needs_a_reason() {
            assertThatNullPointerException().isThrownBy(() -> AccessDecision.refuse(AccessRules.NO_ACCESS_OTHERWISE, null));
        }
    }

    private static void assertAllowedBy(AccessDecision decision, String rule) {
        assertThat(decision.allowed()).as("allowed: %s", decision).isTrue();
        assertThat(decision.rule()).isEqualTo(rule);
    }

    private static void assertRefusedBy(AccessDecision decision, String rule) {
        assertThat(decision.allowed()).as("allowed: %s", decision).isFalse();
        assertThat(decision.rule()).isEqualTo(rule);
        assertThat(((AccessDecision.Refused) decision).reason()).isNotBlank();
    }
}
