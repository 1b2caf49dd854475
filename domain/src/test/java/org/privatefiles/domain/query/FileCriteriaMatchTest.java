package org.privatefiles.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privatefiles.domain.fixtures.Fixtures.ALICE;
import static org.privatefiles.domain.fixtures.Fixtures.BOB;
import static org.privatefiles.domain.fixtures.Fixtures.DESIGN_BACKUP;
import static org.privatefiles.domain.fixtures.Fixtures.EXPORT_TAG;
import static org.privatefiles.domain.fixtures.Fixtures.EXTRA_FILE;
import static org.privatefiles.domain.fixtures.Fixtures.PROJECT_A;
import static org.privatefiles.domain.fixtures.Fixtures.PROJECT_B;
import static org.privatefiles.domain.fixtures.Fixtures.SITE_MODEL;
import static org.privatefiles.domain.fixtures.Fixtures.file;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/** The list filters, combined with AND, as every repository must apply them. */
class FileCriteriaMatchTest {

    @Test
    void no_filters_match_every_file() {
        assertThat(FileCriteriaMatch.matches(FileCriteria.all(), file().build())).isTrue();
    }

    @Test
    void project_filter_keeps_only_files_on_that_project() {
        FileCriteria onA = criteria(Optional.of(PROJECT_A), Optional.empty(), Set.of(), Set.of(), SearchTerms.NONE);

        assertThat(FileCriteriaMatch.matches(onA, file().project(PROJECT_A).build())).isTrue();
        assertThat(FileCriteriaMatch.matches(onA, file().project(PROJECT_B).build())).isFalse();
        assertThat(FileCriteriaMatch.matches(onA, file().build())).isFalse();
    }

    @Test
    void user_filter_keeps_only_files_created_by_that_user() {
        FileCriteria byAlice = criteria(Optional.empty(), Optional.of(ALICE), Set.of(), Set.of(), SearchTerms.NONE);

        assertThat(FileCriteriaMatch.matches(byAlice, file().user(ALICE).build())).isTrue();
        assertThat(FileCriteriaMatch.matches(byAlice, file().user(BOB).build())).isFalse();
    }

    @Test
    void tag_filter_keeps_files_having_any_of_the_tags() {
        FileCriteria anyOf = criteria(Optional.empty(), Optional.empty(), ids(EXTRA_FILE, SITE_MODEL), Set.of(), SearchTerms.NONE);

        assertThat(FileCriteriaMatch.matches(anyOf, tagged(SITE_MODEL))).isTrue();
        assertThat(FileCriteriaMatch.matches(anyOf, tagged(EXTRA_FILE, DESIGN_BACKUP))).isTrue();
        assertThat(FileCriteriaMatch.matches(anyOf, tagged(DESIGN_BACKUP))).isFalse();
        assertThat(FileCriteriaMatch.matches(anyOf, tagged())).isFalse();
    }

    @Test
    void excluded_tags_drop_files_having_any_of_them() {
        FileCriteria excluding = criteria(Optional.empty(), Optional.empty(), Set.of(), ids(EXPORT_TAG, DESIGN_BACKUP), SearchTerms.NONE);

        assertThat(FileCriteriaMatch.matches(excluding, tagged(EXTRA_FILE, DESIGN_BACKUP))).isFalse();
        assertThat(FileCriteriaMatch.matches(excluding, tagged(EXPORT_TAG))).isFalse();
        assertThat(FileCriteriaMatch.matches(excluding, tagged(EXTRA_FILE))).isTrue();
        assertThat(FileCriteriaMatch.matches(excluding, tagged())).isTrue();
    }

    @Test
    void an_excluded_tag_wins_over_a_wanted_one() {
        FileCriteria both = criteria(Optional.empty(), Optional.empty(), ids(EXTRA_FILE), ids(DESIGN_BACKUP), SearchTerms.NONE);

        assertThat(FileCriteriaMatch.matches(both, tagged(EXTRA_FILE, DESIGN_BACKUP))).isFalse();
        assertThat(FileCriteriaMatch.matches(both, tagged(EXTRA_FILE))).isTrue();
    }

    @Test
    void search_keeps_files_matching_every_term() {
        FileCriteria search = criteria(Optional.empty(), Optional.empty(), Set.of(), Set.of(), SearchTerms.parse("roof created"));

        assertThat(FileCriteriaMatch.matches(search, file().title(Title.of("Roof.pdf")).status("created").build())).isTrue();
        assertThat(FileCriteriaMatch.matches(search, file().title(Title.of("Roof.pdf")).build())).isFalse();
    }

    @Test
    void all_filters_must_hold_together() {
        FileCriteria all = criteria(Optional.of(PROJECT_A), Optional.of(ALICE), ids(EXTRA_FILE), ids(DESIGN_BACKUP),
                SearchTerms.parse("roof"));
        PrivateFile match = file().project(PROJECT_A).user(ALICE).tags(List.of(EXTRA_FILE)).title(Title.of("roof.pdf")).build();

        assertThat(FileCriteriaMatch.matches(all, match)).isTrue();
        assertThat(FileCriteriaMatch.matches(all, rebuild(match).project(PROJECT_B).build())).isFalse();
        assertThat(FileCriteriaMatch.matches(all, rebuild(match).user(BOB).build())).isFalse();
        assertThat(FileCriteriaMatch.matches(all, rebuild(match).tags(List.of(SITE_MODEL)).build())).isFalse();
        assertThat(FileCriteriaMatch.matches(all, rebuild(match).tags(List.of(EXTRA_FILE, DESIGN_BACKUP)).build())).isFalse();
        assertThat(FileCriteriaMatch.matches(all, rebuild(match).title(Title.of("wall.pdf")).build())).isFalse();
    }

    @Test
    void paging_can_be_added_and_removed_without_touching_the_filters() {
        FileCriteria base = criteria(Optional.of(PROJECT_A), Optional.empty(), ids(EXTRA_FILE), Set.of(), SearchTerms.parse("x"));

        FileCriteria paged = base.withPaging(new Paging(10, 5));

        assertThat(paged.paging()).contains(new Paging(10, 5));
        assertThat(paged.withoutPaging()).isEqualTo(base);
    }

    private static FileCriteria criteria(Optional<ProjectId> project, Optional<UserId> user, Set<FileTagId> anyTags,
                                         Set<FileTagId> excludedTags, SearchTerms search) {
        return new FileCriteria(project, user, anyTags, excludedTags, search, Ordering.DEFAULT, Optional.empty());
    }

    private static Set<FileTagId> ids(FileTag... tags) {
        return Arrays.stream(tags).map(FileTag::id).collect(Collectors.toSet());
    }

    private static PrivateFile tagged(FileTag... tags) {
        return file().tags(List.of(tags)).build();
    }

    private static PrivateFileBuilder rebuild(PrivateFile f) {
        return PrivateFileBuilder.from(f);
    }
}
