package org.privatefiles.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;
import org.privatefiles.domain.fixtures.Fixtures;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/**
 * Property: for random actors and files, {@code readScope(actor).admits(file)} is exactly
 * {@code read(actor, file).allowed()}. The generator is seeded, so a failure names the seed and
 * the pair and can be replayed.
 */
class ReadScopeAgreesWithAccessPolicyTest {
    private static final long SEED = 0x5EED_F11E5L;
    private static final int ACTORS = 2_000;
    private static final int FILES_PER_ACTOR = 50;

    private static final List<UserId> USERS = List.of(UserId.of(1), UserId.of(2), UserId.of(3), UserId.of(4));
    /** Projects 1..3 can be assigned; project 4 never is, so files on it test the "any project" path. */
    private static final List<ProjectId> PROJECTS = List.of(ProjectId.of(1), ProjectId.of(2), ProjectId.of(3), ProjectId.of(4));
    private static final List<FileTag> TAGS = List.of(Fixtures.EXTRA_FILE, Fixtures.SITE_MODEL, Fixtures.DESIGN_BACKUP,
            Fixtures.EXPORT_TAG, new FileTag(FileTagId.of(900), "Second Export", "private", true));

    private final AccessPolicy policy = new AccessPolicy();

    @Test
    void read_scope_admits_exactly_the_files_the_policy_lets_the_actor_read() {
        var random = new Random(SEED);
        Map<String, Integer> decidedBy = new TreeMap<>();
        int pairs = 0;
        for (int i = 0; i < ACTORS; i++) {
            Actor actor = randomActor(random);
            ReadScope scope = policy.readScope(actor);
            for (int j = 0; j < FILES_PER_ACTOR; j++) {
                PrivateFile file = randomFile(random, j + 1);
                AccessDecision decision = policy.read(actor, file);
                if (scope.admits(file) != decision.allowed()) {
                    fail("seed %d, actor #%d, file #%d: scope %s admits=%s but policy says %s%n actor=%s%n file=%s",
                            SEED, i, j, scope, scope.admits(file), decision, actor, file);
                }
                decidedBy.merge(decision.rule() + (decision.allowed() ? "+" : "-"), 1, Integer::sum);
                pairs++;
            }
        }

        assertThat(pairs).isEqualTo(ACTORS * FILES_PER_ACTOR);
        // The generator must reach every outcome of every rule often, or the agreement proves little.
        assertThat(decidedBy).as("decisions per rule").containsOnlyKeys(
                AccessRules.NOT_A_PRO_MEMBER + "-",
                AccessRules.EXPORT_TAG_NEEDS_EXPORT_PERMISSION + "-",
                AccessRules.ORG_WIDE_ACCESS + "+",
                AccessRules.CREATOR_ACCESS + "+",
                AccessRules.PROJECT_ACCESS + "+",
                AccessRules.NO_ACCESS_OTHERWISE + "-");
        int often = pairs / 100;
        assertThat(decidedBy.values()).allSatisfy(count -> assertThat(count).isGreaterThan(often));
    }

    @Test
    void whoever_may_write_a_file_may_read_it() {
        var random = new Random(SEED + 1);
        for (int i = 0; i < ACTORS; i++) {
            Actor actor = randomActor(random);
            for (int j = 0; j < FILES_PER_ACTOR; j++) {
                PrivateFile file = randomFile(random, j + 1);
                if (policy.write(actor, file).allowed() && !policy.read(actor, file).allowed()) {
                    fail("seed %d, actor #%d, file #%d: may write but not read%n actor=%s%n file=%s",
                            SEED + 1, i, j, actor, file);
                }
            }
        }
    }

    /** The comparison above can fail: a scope that forgets one condition is caught on the same data. */
    @Test
    void the_comparison_catches_scopes_that_drop_a_condition() {
        assertThat(firstDisagreement(s -> new ReadScope(s.org(), s.readsNothing(), s.orgWide(), s.owner(),
                s.allProjects(), s.projects(), true))).as("export tags ignored").isPresent();
        assertThat(firstDisagreement(s -> new ReadScope(s.org(), s.readsNothing(), s.orgWide(), null,
                s.allProjects(), s.projects(), s.exportTaggedVisible()))).as("own files forgotten").isPresent();
        assertThat(firstDisagreement(s -> new ReadScope(s.org(), s.readsNothing(), s.orgWide(), s.owner(),
                false, s.projects(), s.exportTaggedVisible()))).as("all projects forgotten").isPresent();
        assertThat(firstDisagreement(Function.identity())).as("the real scope").isEmpty();
    }

    private Optional<String> firstDisagreement(Function<ReadScope, ReadScope> corrupt) {
        var random = new Random(SEED);
        for (int i = 0; i < ACTORS; i++) {
            Actor actor = randomActor(random);
            ReadScope scope = corrupt.apply(policy.readScope(actor));
            for (int j = 0; j < FILES_PER_ACTOR; j++) {
                PrivateFile file = randomFile(random, j + 1);
                if (scope.admits(file) != policy.read(actor, file).allowed()) {
                    return Optional.of("actor #" + i + ", file #" + j);
                }
            }
        }
        return Optional.empty();
    }

    private static Actor randomActor(Random random) {
        UserId user = pick(random, USERS);
        OrgId org = Fixtures.ORG;
        if (random.nextInt(10) == 0) {
            return Actor.nonMember(user, org);
        }
        Role role = random.nextInt(5) == 0 ? Role.CUSTOMER : Role.PRO;
        ProjectScope scope = random.nextInt(3) == 0 ? ProjectScope.ALL : ProjectScope.ASSIGNED;
        AccessLevel level = pick(random, List.of(AccessLevel.values()));
        var membership = new Membership(org, user, role, random.nextBoolean(), random.nextBoolean(), scope, level);
        Map<ProjectId, AccessLevel> assignments = new HashMap<>();
        for (ProjectId project : PROJECTS.subList(0, 3)) {
            if (random.nextBoolean()) {
                assignments.put(project, pick(random, List.of(AccessLevel.values())));
            }
        }
        return Actor.member(membership, assignments);
    }

    private static PrivateFile randomFile(Random random, long id) {
        var builder = Fixtures.file()
                .id(FileId.of(id))
                .org(random.nextInt(20) == 0 ? Fixtures.OTHER_ORG : Fixtures.ORG)
                .user(pick(random, USERS))
                .title(Title.of("file " + id));
        int project = random.nextInt(PROJECTS.size() + 1);
        builder.project(project == PROJECTS.size() ? null : PROJECTS.get(project));
        return withRandomTags(random, builder).build();
    }

    private static PrivateFileBuilder withRandomTags(Random random, PrivateFileBuilder builder) {
        List<FileTag> chosen = new ArrayList<>();
        for (FileTag tag : TAGS) {
            // Export tags are rarer than others, as in the catalogue.
            if (random.nextInt(tag.export() ? 6 : 3) == 0) {
                chosen.add(tag);
            }
        }
        return builder.tags(chosen);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
