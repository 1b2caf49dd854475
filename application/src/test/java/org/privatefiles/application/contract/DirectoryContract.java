package org.privatefiles.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.TokenIdentity;
import org.privatefiles.application.port.out.TokenRecord;
import org.privatefiles.application.port.out.UserAccount;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.Org;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.Project;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.ConflictException;
import org.privatefiles.domain.file.DocumentTemplate;
import org.privatefiles.domain.file.DocumentTemplateId;

/**
 * Contract: what every {@link Directory} adapter does. The directory may be shared with other
 * tests and runs: every test creates its own orgs, users (unique emails), projects and tokens.
 */
public abstract class DirectoryContract {
    private static final String PASSWORD_HASH = "pbkdf2_sha256$600000$c2FsdA$aGFzaGhhc2hoYXNo";

    /** The directory under test; called several times per test, it must return the same directory within a test. */
    protected abstract Directory directory();

    // ---- orgs ----

    @Test
    void a_created_org_exists() {
        OrgId org = directory().createOrg(Unique.name("Contract Org"));

        assertThat(directory().orgExists(org)).isTrue();
    }

    @Test
    void created_orgs_get_distinct_ids() {
        OrgId first = directory().createOrg(Unique.name("Contract Org"));
        OrgId second = directory().createOrg(Unique.name("Contract Org"));

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void an_unknown_org_does_not_exist() {
        assertThat(directory().orgExists(OrgId.of(Long.MAX_VALUE))).isFalse();
        assertThat(directory().findOrg(OrgId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void a_created_org_is_found_with_its_name() {
        String name = Unique.name("Contract Org \u00e9");
        OrgId org = directory().createOrg(name);

        assertThat(directory().findOrg(org)).contains(new Org(org, name));
    }

    // ---- users ----

    @Test
    void a_created_user_is_found_by_id_with_its_email_password_hash_and_machine_flag() {
        String email = uniqueEmail();

        UserAccount created = directory().createUser(email, PASSWORD_HASH, false);

        assertThat(created).isEqualTo(new UserAccount(created.id(), email, PASSWORD_HASH, false));
        assertThat(directory().findUser(created.id())).contains(created);
    }

    @Test
    void a_machine_user_without_password_hash_is_kept_as_such() {
        String email = uniqueEmail();

        UserAccount created = directory().createUser(email, null, true);

        assertThat(created.passwordHash()).isNull();
        assertThat(created.machine()).isTrue();
        assertThat(directory().findUser(created.id())).contains(new UserAccount(created.id(), email, null, true));
    }

    @Test
    void created_users_get_distinct_ids() {
        UserId first = directory().createUser(uniqueEmail(), null, false).id();
        UserId second = directory().createUser(uniqueEmail(), null, false).id();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void find_user_by_email_ignores_case() {
        String email = uniqueEmail();
        UserAccount created = directory().createUser(email, PASSWORD_HASH, false);

        assertThat(directory().findUserByEmail(email)).contains(created);
        assertThat(directory().findUserByEmail(email.toLowerCase(java.util.Locale.ROOT))).contains(created);
        assertThat(directory().findUserByEmail(email.toUpperCase(java.util.Locale.ROOT))).contains(created);
    }

    @Test
    void find_user_by_an_unknown_email_or_id_is_empty() {
        assertThat(directory().findUserByEmail(uniqueEmail())).isEmpty();
        assertThat(directory().findUser(UserId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void find_user_by_email_does_not_match_patterns() {
        String email = uniqueEmail();
        directory().createUser(email, null, false);

        assertThat(directory().findUserByEmail(email.substring(0, email.length() - 2) + "%")).isEmpty();
        assertThat(directory().findUserByEmail("_" + email.substring(1))).isEmpty();
    }

    @Test
    void creating_a_user_with_an_email_taken_in_another_case_is_a_conflict() {
        String email = uniqueEmail();
        UserAccount first = directory().createUser(email, PASSWORD_HASH, false);

        assertThatThrownBy(() -> directory().createUser(email, null, true)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> directory().createUser(email.toUpperCase(java.util.Locale.ROOT), null, true))
                .isInstanceOf(ConflictException.class);

        assertThat(directory().findUserByEmail(email)).contains(first);
    }

    // ---- memberships ----

    @Test
    void a_put_membership_is_found_again() {
        OrgId org = newOrg();
        UserId user = newUser();
        Membership membership = new Membership(org, user, Role.PRO, true, false, ProjectScope.ASSIGNED, AccessLevel.EDIT);

        directory().putMembership(membership);

        assertThat(directory().findMembership(org, user)).contains(membership);
    }

    @Test
    void putting_a_membership_again_replaces_the_one_of_the_same_org_and_user() {
        OrgId org = newOrg();
        UserId user = newUser();
        directory().putMembership(new Membership(org, user, Role.PRO, true, true, ProjectScope.ALL, AccessLevel.EDIT));
        Membership replacement = new Membership(org, user, Role.CUSTOMER, false, true, ProjectScope.ASSIGNED, AccessLevel.VIEW);

        directory().putMembership(replacement);

        assertThat(directory().findMembership(org, user)).contains(replacement);
    }

    @Test
    void memberships_of_other_orgs_or_users_are_separate() {
        OrgId org = newOrg();
        OrgId otherOrg = newOrg();
        UserId user = newUser();
        UserId otherUser = newUser();
        Membership membership = new Membership(org, user, Role.PRO, false, false, ProjectScope.ALL, AccessLevel.VIEW);
        Membership other = new Membership(otherOrg, user, Role.CUSTOMER, true, true, ProjectScope.ASSIGNED, AccessLevel.EDIT);

        directory().putMembership(membership);
        directory().putMembership(other);

        assertThat(directory().findMembership(org, user)).contains(membership);
        assertThat(directory().findMembership(otherOrg, user)).contains(other);
        assertThat(directory().findMembership(org, otherUser)).isEmpty();
    }

    @Test
    void a_user_without_membership_has_none() {
        UserId user = newUser();
        assertThat(directory().findMembership(newOrg(), user)).isEmpty();
        assertThat(directory().memberships(user)).isEmpty();
    }

    @Test
    void memberships_of_a_user_are_listed_by_ascending_org_and_only_the_users() {
        OrgId first = newOrg();
        OrgId second = newOrg();
        UserId user = newUser();
        UserId other = newUser();
        Membership inSecond = new Membership(second, user, Role.CUSTOMER, false, false, ProjectScope.ASSIGNED, AccessLevel.VIEW);
        Membership inFirst = new Membership(first, user, Role.PRO, true, true, ProjectScope.ALL, AccessLevel.EDIT);
        directory().putMembership(inSecond);
        directory().putMembership(inFirst);
        directory().putMembership(new Membership(first, other, Role.PRO, false, false, ProjectScope.ALL, AccessLevel.VIEW));

        assertThat(directory().memberships(user)).containsExactly(inFirst, inSecond);
    }

    // ---- projects ----

    @Test
    void a_created_project_is_found_by_id() {
        OrgId org = newOrg();
        String title = Unique.name("Contract Project \u00e9");

        Project project = directory().createProject(org, title);

        assertThat(project.org()).isEqualTo(org);
        assertThat(project.title()).isEqualTo(title);
        assertThat(directory().findProject(project.id())).contains(project);
    }

    @Test
    void find_project_of_an_unknown_id_is_empty() {
        assertThat(directory().findProject(ProjectId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void projects_of_an_org_are_listed_by_ascending_id_and_not_under_another_org() {
        OrgId org = newOrg();
        OrgId otherOrg = newOrg();
        Project first = directory().createProject(org, Unique.name("Contract Project"));
        Project elsewhere = directory().createProject(otherOrg, Unique.name("Contract Project"));
        Project second = directory().createProject(org, Unique.name("Contract Project"));
        Project third = directory().createProject(org, Unique.name("Contract Project"));

        assertThat(directory().projects(org)).containsExactly(first, second, third);
        assertThat(directory().projects(otherOrg)).containsExactly(elsewhere);
        assertThat(directory().projects(newOrg())).isEmpty();
    }

    // ---- document templates ----

    @Test
    void a_created_document_template_is_found_by_id() {
        OrgId org = newOrg();
        String title = Unique.name("Contract Template \u00e9");

        DocumentTemplate template = directory().createDocumentTemplate(org, title);

        assertThat(template.org()).isEqualTo(org);
        assertThat(template.title()).isEqualTo(title);
        assertThat(directory().findDocumentTemplate(template.id())).contains(template);
        assertThat(directory().findDocumentTemplate(DocumentTemplateId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void document_templates_of_an_org_are_listed_by_ascending_id_and_not_under_another_org() {
        OrgId org = newOrg();
        OrgId otherOrg = newOrg();
        DocumentTemplate first = directory().createDocumentTemplate(org, Unique.name("Contract Template"));
        DocumentTemplate elsewhere = directory().createDocumentTemplate(otherOrg, Unique.name("Contract Template"));
        DocumentTemplate second = directory().createDocumentTemplate(org, Unique.name("Contract Template"));

        assertThat(directory().documentTemplates(org)).containsExactly(first, second);
        assertThat(directory().documentTemplates(otherOrg)).containsExactly(elsewhere);
        assertThat(directory().documentTemplates(newOrg())).isEmpty();
    }

    // ---- assignments ----

    @Test
    void an_assigned_project_is_among_the_assignments_with_its_level() {
        OrgId org = newOrg();
        UserId user = newUser();
        Project viewed = directory().createProject(org, Unique.name("Contract Project"));
        Project edited = directory().createProject(org, Unique.name("Contract Project"));
        directory().createProject(org, Unique.name("Contract Project"));

        directory().assignProject(viewed.id(), user, AccessLevel.VIEW);
        directory().assignProject(edited.id(), user, AccessLevel.EDIT);

        assertThat(directory().assignments(org, user))
                .isEqualTo(Map.of(viewed.id(), AccessLevel.VIEW, edited.id(), AccessLevel.EDIT));
    }

    @Test
    void assigning_a_project_again_replaces_its_level() {
        OrgId org = newOrg();
        UserId user = newUser();
        Project project = directory().createProject(org, Unique.name("Contract Project"));
        directory().assignProject(project.id(), user, AccessLevel.EDIT);

        directory().assignProject(project.id(), user, AccessLevel.VIEW);

        assertThat(directory().assignments(org, user)).isEqualTo(Map.of(project.id(), AccessLevel.VIEW));
    }

    @Test
    void assignments_hold_only_this_orgs_projects_of_this_user() {
        OrgId org = newOrg();
        OrgId otherOrg = newOrg();
        UserId user = newUser();
        UserId otherUser = newUser();
        Project mine = directory().createProject(org, Unique.name("Contract Project"));
        Project elsewhere = directory().createProject(otherOrg, Unique.name("Contract Project"));
        Project someoneElses = directory().createProject(org, Unique.name("Contract Project"));
        directory().assignProject(mine.id(), user, AccessLevel.VIEW);
        directory().assignProject(elsewhere.id(), user, AccessLevel.EDIT);
        directory().assignProject(someoneElses.id(), otherUser, AccessLevel.EDIT);

        assertThat(directory().assignments(org, user)).isEqualTo(Map.of(mine.id(), AccessLevel.VIEW));
        assertThat(directory().assignments(otherOrg, user)).isEqualTo(Map.of(elsewhere.id(), AccessLevel.EDIT));
        assertThat(directory().assignments(org, otherUser)).isEqualTo(Map.of(someoneElses.id(), AccessLevel.EDIT));
    }

    @Test
    void a_user_without_assignments_has_none() {
        OrgId org = newOrg();
        directory().createProject(org, Unique.name("Contract Project"));

        assertThat(directory().assignments(org, newUser())).isEmpty();
    }

    // ---- tokens ----

    @Test
    void a_stored_token_is_found_by_its_hash() {
        UserId user = newUser();
        Instant now = now();
        TokenRecord token = new TokenRecord(randomSha256(), user, now, now.plus(Duration.ofDays(7)), null);

        directory().storeToken(token);

        assertThat(directory().findToken(token.sha256())).contains(token);
        assertThat(directory().findToken(randomSha256())).isEmpty();
    }

    @Test
    void a_token_without_expiry_is_kept_without_one() {
        TokenRecord token = new TokenRecord(randomSha256(), newUser(), now(), null, null);

        directory().storeToken(token);

        assertThat(directory().findToken(token.sha256())).contains(token);
        assertThat(directory().findToken(token.sha256()).orElseThrow().isValidAt(now().plus(Duration.ofDays(3650)))).isTrue();
    }

    @Test
    void revoking_a_token_marks_it_revoked_at_that_instant_and_no_longer_valid() {
        Instant now = now();
        TokenRecord token = new TokenRecord(randomSha256(), newUser(), now, null, null);
        directory().storeToken(token);
        Instant revokedAt = now.plusSeconds(60).plusNanos(654_321_000);

        assertThat(directory().revokeToken(token.sha256(), revokedAt)).isTrue();

        TokenRecord revoked = directory().findToken(token.sha256()).orElseThrow();
        assertThat(revoked).isEqualTo(new TokenRecord(token.sha256(), token.user(), now, null, revokedAt));
        assertThat(revoked.isValidAt(now)).isFalse();
        assertThat(revoked.isValidAt(revokedAt.plusSeconds(1))).isFalse();
    }

    @Test
    void revoking_an_unknown_token_answers_false() {
        assertThat(directory().revokeToken(randomSha256(), now())).isFalse();
    }

    @Test
    void revoking_one_token_leaves_the_users_other_tokens_valid() {
        UserId user = newUser();
        Instant now = now();
        TokenRecord revoked = new TokenRecord(randomSha256(), user, now, null, null);
        TokenRecord kept = new TokenRecord(randomSha256(), user, now, null, null);
        directory().storeToken(revoked);
        directory().storeToken(kept);

        directory().revokeToken(revoked.sha256(), now.plusSeconds(1));

        assertThat(directory().findToken(kept.sha256())).contains(kept);
    }

    @Test
    void a_stored_token_is_valid_until_it_expires() {
        Instant now = now();
        Instant expiresAt = now.plus(Duration.ofDays(7));
        TokenRecord token = new TokenRecord(randomSha256(), newUser(), now, expiresAt, null);
        directory().storeToken(token);

        TokenRecord found = directory().findToken(token.sha256()).orElseThrow();

        assertThat(found.expiresAt()).isEqualTo(expiresAt);
        assertThat(found.isValidAt(now)).isTrue();
        assertThat(found.isValidAt(expiresAt.minus(1, ChronoUnit.MICROS))).isTrue();
        assertThat(found.isValidAt(expiresAt)).isFalse();
        assertThat(found.isValidAt(expiresAt.plusSeconds(1))).isFalse();
    }

    // ---- identity: token, membership and assignments together ----

    @Test
    void an_identity_is_the_token_with_the_membership_and_the_assignments_in_that_org() {
        OrgId org = newOrg();
        OrgId otherOrg = newOrg();
        UserId user = newUser();
        Membership membership = new Membership(org, user, Role.PRO, false, true, ProjectScope.ASSIGNED, AccessLevel.VIEW);
        directory().putMembership(membership);
        directory().putMembership(new Membership(otherOrg, user, Role.PRO, true, false, ProjectScope.ALL, AccessLevel.EDIT));
        Project viewed = directory().createProject(org, Unique.name("Contract Project"));
        Project edited = directory().createProject(org, Unique.name("Contract Project"));
        Project elsewhere = directory().createProject(otherOrg, Unique.name("Contract Project"));
        directory().assignProject(viewed.id(), user, AccessLevel.VIEW);
        directory().assignProject(edited.id(), user, AccessLevel.EDIT);
        directory().assignProject(elsewhere.id(), user, AccessLevel.EDIT);
        TokenRecord token = new TokenRecord(randomSha256(), user, now(), null, null);
        directory().storeToken(token);

        TokenIdentity identity = directory().findIdentity(token.sha256(), org).orElseThrow();

        assertThat(identity.token()).isEqualTo(token);
        assertThat(identity.membership()).contains(membership);
        assertThat(identity.assignments()).isEqualTo(Map.of(viewed.id(), AccessLevel.VIEW, edited.id(), AccessLevel.EDIT));
        assertThat(identity).isEqualTo(new TokenIdentity(directory().findToken(token.sha256()).orElseThrow(),
                directory().findMembership(org, user), directory().assignments(org, user)));
    }

    @Test
    void the_identity_of_a_non_member_has_no_membership_and_no_assignments() {
        OrgId org = newOrg();
        TokenRecord token = new TokenRecord(randomSha256(), newUser(), now(), now().plusSeconds(60), now().plusSeconds(5));
        directory().storeToken(token);

        TokenIdentity identity = directory().findIdentity(token.sha256(), org).orElseThrow();

        assertThat(identity).isEqualTo(new TokenIdentity(token, Optional.empty(), Map.of()));
    }

    @Test
    void an_unknown_token_has_no_identity() {
        assertThat(directory().findIdentity(randomSha256(), newOrg())).isEmpty();
    }

    // ---- helpers ----

    /** A new org with a unique name. */
    protected OrgId newOrg() {
        return directory().createOrg(Unique.name("Contract Org"));
    }

    /** A new user with a unique email and no password. */
    protected UserId newUser() {
        return directory().createUser(uniqueEmail(), null, false).id();
    }

    /** A mixed-case email no other test or run uses. */
    protected static String uniqueEmail() {
        return "Contract.User-" + Unique.suffix() + "@Example.TEST";
    }

    /** Now, to the microsecond. */
    protected static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    protected static String randomSha256() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
