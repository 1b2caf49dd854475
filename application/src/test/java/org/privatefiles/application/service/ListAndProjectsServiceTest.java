package org.privatefiles.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.port.in.FileListing;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.application.port.in.ListPrivateFilesQuery;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.failure.ForbiddenException;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.application.port.in.Fields;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.query.Ordering;
import org.privatefiles.domain.query.Paging;
import org.privatefiles.domain.query.SearchTerms;
import org.privatefiles.domain.tag.FileTagRef;

class ListAndProjectsServiceTest {

    private static List<FileId> ids(FileListing listing) {
        try (listing) {
            return listing.files().map(PrivateFile::id).toList();
        }
    }

    private static ListPrivateFilesQuery query(List<FileTagRef> tags, List<FileTagRef> excluded, String search, Optional<Paging> paging) {
        return new ListPrivateFilesQuery(Optional.empty(), Optional.empty(), tags, excluded, SearchTerms.parse(search),
                Ordering.parse("title"), paging);
    }

    @Test
    void a_member_without_org_wide_access_sees_only_own_files_and_files_of_assigned_projects() {
        var f = new CoreFixture();
        var boss = f.proWithEverything("boss");
        var member = f.proWithNothing("member");
        var assigned = f.core.administration().createProject(f.org, "Assigned");
        var other = f.core.administration().createProject(f.org, "Other");
        f.core.administration().assignProject(assigned.id(), member, AccessLevel.VIEW);
        var onAssigned = f.upload(boss, FilePatch.builder().title("a").project(assigned.id()).build(), "x");
        f.upload(boss, FilePatch.builder().title("b").project(other.id()).build(), "x");
        f.upload(boss, FilePatch.builder().title("c").build(), "x");
        var own = f.upload(member, FilePatch.builder().title("d").build(), "x");
        var listing = f.core.listFiles().list(f.read(member), query(List.of(), List.of(), null, Optional.empty()));
        assertThat(ids(listing)).containsExactly(onAssigned.id(), own.id());
    }

    @Test
    void tag_filters_match_any_of_the_tags_and_exclusions_drop_any() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        var site = f.upload(pro, FilePatch.builder().title("a").fileTags(List.of(FileTagRef.id(47))).build(), "x");
        var extra = f.upload(pro, FilePatch.builder().title("b").fileTags(List.of(FileTagRef.id(38))).build(), "x");
        var both = f.upload(pro, FilePatch.builder().title("c").fileTags(List.of(FileTagRef.id(38), FileTagRef.id(53))).build(), "x");
        var anyOf = f.core.listFiles().list(f.read(pro),
                query(List.of(FileTagRef.title("Site Model"), FileTagRef.title("Extra File")), List.of(), null, Optional.empty()));
        assertThat(ids(anyOf)).containsExactly(site.id(), extra.id(), both.id());
        var excluding = f.core.listFiles().list(f.read(pro),
                query(List.of(), List.of(FileTagRef.id(53)), null, Optional.empty()));
        assertThat(ids(excluding)).containsExactly(site.id(), extra.id());
    }

    @Test
    void an_unknown_tag_filter_names_the_tag() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        assertThatThrownBy(() -> f.core.listFiles().list(f.read(pro),
                query(List.of(FileTagRef.title("Nope")), List.of(), null, Optional.empty())))
                .isInstanceOfSatisfying(InvalidException.class, e ->
                        assertThat(e.problems()).containsEntry(Fields.TAG_FILTER, List.of(new Problem.UnknownReference("Nope"))));
    }

    @Test
    void a_project_filter_outside_the_org_is_invalid() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        var foreign = f.core.administration().createProject(f.core.administration().createOrg("Other"), "Theirs");
        var q = new ListPrivateFilesQuery(Optional.of(foreign.id()), Optional.empty(), List.of(), List.of(),
                SearchTerms.NONE, Ordering.DEFAULT, Optional.empty());
        assertThatThrownBy(() -> f.core.listFiles().list(f.read(pro), q))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.problems()).containsKey("project"));
    }

    @Test
    void a_paged_listing_reports_the_total_of_all_matches() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        for (int i = 0; i < 5; i++) {
            f.upload(pro, FilePatch.builder().title("f" + i).build(), "x");
        }
        try (var listing = f.core.listFiles().list(f.read(pro), query(List.of(), List.of(), null, Optional.of(new Paging(2, 2))))) {
            assertThat(listing.total()).hasValue(5);
            assertThat(listing.files().map(p -> p.title().value()).toList()).containsExactly("f2", "f3");
        }
    }

    @Test
    void search_needs_every_term_to_match_some_field() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        var both = f.upload(pro, FilePatch.builder().title("Roof plan").statusMessage("approved").build(), "x");
        f.upload(pro, FilePatch.builder().title("Roof photo").build(), "x");
        assertThat(ids(f.core.listFiles().list(f.read(pro), query(List.of(), List.of(), "roof,APPROVED", Optional.empty()))))
                .containsExactly(both.id());
    }

    @Test
    void projects_list_only_viewable_projects_with_their_readable_files() {
        var f = new CoreFixture();
        var boss = f.proWithEverything("boss");
        var member = f.proWithNothing("member");
        var assigned = f.core.administration().createProject(f.org, "Assigned");
        f.core.administration().createProject(f.org, "Hidden");
        f.core.administration().assignProject(assigned.id(), member, AccessLevel.VIEW);
        var file = f.upload(boss, FilePatch.builder().project(assigned.id()).build(), "x");
        var projects = f.core.projects().list(member, f.org);
        assertThat(projects).extracting(p -> p.project().title()).containsExactly("Assigned");
        assertThat(projects.get(0).files()).containsExactly(file);
        assertThat(f.core.projects().list(boss, f.org)).hasSize(2);
    }

    @Test
    void an_invisible_project_is_not_found_and_non_pros_are_forbidden() {
        var f = new CoreFixture();
        var member = f.proWithNothing("member");
        var hidden = f.core.administration().createProject(f.org, "Hidden");
        assertThatThrownBy(() -> f.core.projects().get(member, f.org, hidden.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.core.projects().list(f.user("stranger"), f.org)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void an_export_tagged_file_is_hidden_from_members_without_the_export_permission() {
        var f = new CoreFixture();
        var boss = f.proWithEverything("boss");
        var noExport = f.pro("noexport", true, false, ProjectScope.ALL, AccessLevel.EDIT);
        f.upload(boss, FilePatch.builder().fileTags(List.of(FileTagRef.title("Projects Export"))).build(), "x");
        var plain = f.upload(boss, FilePatch.EMPTY, "x");
        assertThat(ids(f.core.listFiles().list(f.read(noExport), ListPrivateFilesQuery.everything()))).containsExactly(plain.id());
    }
}
