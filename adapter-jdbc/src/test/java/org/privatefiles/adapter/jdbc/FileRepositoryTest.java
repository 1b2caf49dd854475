package org.privatefiles.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.privatefiles.adapter.jdbc.TestFiles.EXPORT_TAG;
import static org.privatefiles.adapter.jdbc.TestFiles.T0;
import static org.privatefiles.adapter.jdbc.TestFiles.tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.access.ReadScope;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.ConflictException;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.file.ChunkedUpload;
import org.privatefiles.domain.file.DocumentTemplateId;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;
import org.privatefiles.domain.file.UploadPart;
import org.privatefiles.domain.query.FileCriteria;
import org.privatefiles.domain.query.Ordering;
import org.privatefiles.domain.query.Paging;
import org.privatefiles.domain.query.SearchTerms;
import org.privatefiles.domain.tag.FileTag;

/** What the SQL of the file repository must get right, beyond the port's contract; run on H2 and PostgreSQL. */
abstract class FileRepositoryTest {
    private static final AtomicLong ORGS = new AtomicLong(1000);
    private static final UserId ALICE = UserId.of(1);
    private static final UserId BOB = UserId.of(2);

    /** The adapter on this class's own database. */
    abstract JdbcPersistence persistence();

    /** Where that database is, to open a second instance of the adapter on it. */
    abstract String url();

    private PrivateFileRepository files() {
        return persistence().files();
    }

    private static OrgId freshOrg() {
        return OrgId.of(ORGS.incrementAndGet());
    }

    private static ReadScope orgWide(OrgId org) {
        return new ReadScope(org, false, true, ALICE, false, Set.of(), true);
    }

    private PrivateFile store(PrivateFileBuilder builder) {
        PrivateFile file = builder.build();
        files().insert(file);
        return file;
    }

    private PrivateFileBuilder file(OrgId org, String title) {
        return TestFiles.file(files().nextId(), org, ALICE, title);
    }

    private List<PrivateFile> list(ReadScope scope, FileCriteria criteria) {
        try (Stream<PrivateFile> stream = files().list(scope, criteria)) {
            return stream.toList();
        }
    }

    private List<String> titles(ReadScope scope, FileCriteria criteria) {
        return list(scope, criteria).stream().map(f -> f.title().value()).toList();
    }

    private static FileCriteria search(String value) {
        FileCriteria all = FileCriteria.all();
        return new FileCriteria(all.project(), all.user(), all.anyTags(), all.excludedTags(), SearchTerms.parse(value),
                all.ordering(), all.paging());
    }

    private static FileCriteria ordered(String ordering) {
        FileCriteria all = FileCriteria.all();
        return new FileCriteria(all.project(), all.user(), all.anyTags(), all.excludedTags(), all.search(),
                Ordering.parse(ordering), all.paging());
    }

    @Test
    void a_stored_file_reads_back_equal_with_every_field_tags_by_ascending_id_and_parts() {
        OrgId org = freshOrg();
        FileId id = files().nextId();
        PrivateFile file = TestFiles.file(id, org, BOB, "Ünïcödé 😀 title")
                .project(ProjectId.of(7))
                .documentTemplate(DocumentTemplateId.of(9))
                .tags(List.of(tag(38), tag(47), tag(53)))
                .systemUuid(UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
                .inputData("{\"b\":1,\"a\":[true,null,\"x\"]}")
                .inputDataHash("abc")
                .status("uploading")
                .statusMessage("half way")
                .showCustomer(true)
                .temporary(true)
                .upload(new ChunkedUpload("upload-1", List.of(new UploadPart(2, 5, "e2", "k2"),
                        new UploadPart(1, 7, "e1", "k1")), Instant.parse("2026-02-12T00:00:00.000001Z")))
                .createdDate(Instant.parse("2026-01-01T10:00:00.123456Z"))
                .modifiedDate(Instant.parse("2026-01-02T10:00:00.654321Z"))
                .build();
        files().insert(file);

        assertThat(files().find(org, id)).contains(file);
        assertThat(files().find(id)).contains(file);
        assertThat(list(orgWide(org), FileCriteria.all())).containsExactly(file);
    }

    @Test
    void timestamps_are_kept_to_the_microsecond() {
        OrgId org = freshOrg();
        PrivateFile file = store(file(org, "precise").createdDate(Instant.parse("2026-03-01T00:00:00.123456789Z"))
                .modifiedDate(Instant.parse("2026-03-01T00:00:00.999999999Z")));

        PrivateFile read = files().find(file.id()).orElseThrow();

        assertThat(read.createdDate()).isEqualTo("2026-03-01T00:00:00.123456Z");
        assertThat(read.modifiedDate()).isEqualTo("2026-03-01T00:00:00.999999Z");
    }

    @Test
    void a_file_of_another_org_is_not_found_in_this_org() {
        PrivateFile file = store(file(freshOrg(), "elsewhere"));

        assertThat(files().find(freshOrg(), file.id())).isEmpty();
    }

    @Test
    void inserting_a_taken_id_is_a_conflict() {
        OrgId org = freshOrg();
        PrivateFile file = store(file(org, "first"));

        assertThatThrownBy(() -> files().insert(PrivateFileBuilder.from(file).build()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void updating_replaces_fields_and_tags_but_keeps_parts() {
        OrgId org = freshOrg();
        PrivateFile file = store(file(org, "before").tags(List.of(tag(1), tag(2)))
                .upload(new ChunkedUpload("u", List.of(new UploadPart(1, 1, "e", "k")), null)));
        PrivateFile changed = PrivateFileBuilder.from(file).title(Title.of("after"))
                .tags(List.of(tag(3))).status(null).upload(new ChunkedUpload("u", List.of(), T0))
                .modifiedDate(T0.plusSeconds(99)).build();

        files().update(changed);

        PrivateFile read = files().find(file.id()).orElseThrow();
        assertThat(read.title().value()).isEqualTo("after");
        assertThat(read.tags()).containsExactly(tag(3));
        assertThat(read.status()).isNull();
        assertThat(read.upload()).isEqualTo(new ChunkedUpload("u", List.of(new UploadPart(1, 1, "e", "k")), T0));
    }

    @Test
    void updating_a_missing_file_is_not_found() {
        PrivateFile ghost = file(freshOrg(), "ghost").build();

        assertThatThrownBy(() -> files().update(ghost)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleting_removes_the_file_its_tags_and_its_parts() {
        OrgId org = freshOrg();
        PrivateFile file = store(file(org, "doomed").tags(List.of(tag(5)))
                .upload(new ChunkedUpload("u", List.of(new UploadPart(1, 1, "e", "part-key-of-doomed")), null)));

        assertThat(files().delete(file.id(), file.version())).isTrue();
        assertThat(files().delete(file.id(), file.version())).isFalse();
        assertThat(files().find(file.id())).isEmpty();
        assertThat(files().keysInUse(List.of("part-key-of-doomed"))).isEmpty();
    }

    @Test
    void search_treats_percent_underscore_and_backslash_as_literal_characters() {
        OrgId org = freshOrg();
        store(file(org, "100% done"));
        store(file(org, "1000 done"));
        store(file(org, "a_b"));
        store(file(org, "axb"));
        store(file(org, "back\\slash"));
        store(file(org, "backslash"));

        assertThat(titles(orgWide(org), search("0%"))).containsExactly("100% done");
        assertThat(titles(orgWide(org), search("a_b"))).containsExactly("a_b");
        assertThat(titles(orgWide(org), search("k\\s"))).containsExactly("back\\slash");
    }

    @Test
    void search_ignores_case_also_beyond_ascii() {
        OrgId org = freshOrg();
        store(file(org, "ÉCOLE Straße"));
        store(file(org, "other"));

        assertThat(titles(orgWide(org), search("école"))).containsExactly("ÉCOLE Straße");
        assertThat(titles(orgWide(org), search("STRASSE"))).isEmpty();
        assertThat(titles(orgWide(org), search("STRAßE"))).containsExactly("ÉCOLE Straße");
    }

    @Test
    void search_looks_in_each_of_the_seven_fields() {
        OrgId org = freshOrg();
        UUID uuid = UUID.fromString("0e9f4c7a-1d2b-4c3d-8e9f-0a1b2c3d4e5f");
        store(file(org, "t-title-needle"));
        store(file(org, "t-uuid").systemUuid(uuid));
        store(file(org, "t-input").inputData("{\"k\":\"Input-Needle\"}"));
        store(file(org, "t-input-hash").inputDataHash("hash-needle-x"));
        store(file(org, "t-status").status("STATUS-NEEDLE"));
        store(file(org, "t-message").statusMessage("message needle"));
        store(file(org, "t-none").statusMessage("nothing here"));
        PrivateFile hashed = store(file(org, "t-file-hash"));

        assertThat(titles(orgWide(org), search("needle")))
                .containsExactlyInAnyOrder("t-title-needle", "t-input", "t-input-hash", "t-status", "t-message");
        assertThat(titles(orgWide(org), search("0E9F4C7A-1D2B"))).containsExactly("t-uuid");
        assertThat(titles(orgWide(org), search(hashed.content().md5().substring(3, 20)))).containsExactly("t-file-hash");
    }

    @Test
    void a_term_never_matches_across_two_fields_even_with_the_join_separator_in_it() {
        OrgId org = freshOrg();
        String separator = Character.toString(SearchSql.SEPARATOR_CODE);
        store(file(org, "ends with ab").status("cd starts"));
        store(file(org, "has b" + separator + "c inside"));

        assertThat(titles(orgWide(org), search("\"b" + separator + "c\""))).containsExactly("has b" + separator + "c inside");
        assertThat(titles(orgWide(org), search("\"ab" + separator + "cd\""))).isEmpty();
        assertThat(titles(orgWide(org), search("\"ab cd\""))).isEmpty();
    }

    @Test
    void a_greek_capital_sigma_folds_by_its_place_in_each_field_as_in_java() {
        OrgId org = freshOrg();
        store(file(org, "ΟΔΟΣ").status("ΣΟΦΙΑ"));

        assertThat(titles(orgWide(org), search("οδος"))).containsExactly("ΟΔΟΣ");
        assertThat(titles(orgWide(org), search("σοφια"))).containsExactly("ΟΔΟΣ");
    }

    @Test
    void every_search_term_must_match() {
        OrgId org = freshOrg();
        store(file(org, "red apple"));
        store(file(org, "red car").statusMessage("fast"));
        store(file(org, "green apple"));

        assertThat(titles(orgWide(org), search("red apple"))).containsExactly("red apple");
        assertThat(titles(orgWide(org), search("red,fast"))).containsExactly("red car");
        assertThat(titles(orgWide(org), search("\"red apple\""))).containsExactly("red apple");
    }

    @Test
    void titles_order_by_code_point_with_supplementary_characters_after_the_last_bmp_ones() {
        OrgId org = freshOrg();
        store(file(org, "\uFFFD replacement"));
        store(file(org, "😀 emoji"));
        store(file(org, "Zebra"));
        store(file(org, "apple"));
        store(file(org, "Élan"));

        assertThat(titles(orgWide(org), ordered("title")))
                .containsExactly("Zebra", "apple", "Élan", "\uFFFD replacement", "😀 emoji");
        assertThat(titles(orgWide(org), ordered("-title")))
                .containsExactly("😀 emoji", "\uFFFD replacement", "Élan", "apple", "Zebra");
    }

    @Test
    void null_statuses_and_sizes_sort_last_ascending_and_first_descending() {
        OrgId org = freshOrg();
        store(file(org, "no status").status(null));
        store(file(org, "status b").status("b"));
        store(file(org, "status a").status("a"));
        store(file(org, "no content").content(null).status("c"));

        assertThat(titles(orgWide(org), ordered("status")))
                .containsExactly("status a", "status b", "no content", "no status");
        assertThat(titles(orgWide(org), ordered("-status")))
                .containsExactly("no status", "no content", "status b", "status a");
        assertThat(titles(orgWide(org), ordered("filesize")).get(3)).isEqualTo("no content");
        assertThat(titles(orgWide(org), ordered("-filesize")).get(0)).isEqualTo("no content");
    }

    @Test
    void ties_are_broken_by_descending_id() {
        OrgId org = freshOrg();
        List<FileId> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(store(file(org, "same").status("same").modifiedDate(T0).createdDate(T0)).id());
        }

        List<FileId> listed = list(orgWide(org), ordered("status,title,modified_date")).stream().map(PrivateFile::id).toList();

        java.util.Collections.reverse(ids);
        assertThat(listed).containsExactlyElementsOf(ids);
    }

    @Test
    void paging_skips_and_limits_in_order_and_count_ignores_it() {
        OrgId org = freshOrg();
        for (int i = 0; i < 7; i++) {
            store(file(org, "file " + i).modifiedDate(T0.plusSeconds(i)));
        }

        FileCriteria page = FileCriteria.all().withPaging(new Paging(2, 3));

        assertThat(titles(orgWide(org), page)).containsExactly("file 4", "file 3", "file 2");
        assertThat(files().count(orgWide(org), page)).isEqualTo(7);
    }

    @Test
    void export_tagged_files_are_hidden_from_a_scope_without_export_permission() {
        OrgId org = freshOrg();
        store(file(org, "plain").tags(List.of(tag(1))));
        store(file(org, "exported").tags(List.of(tag(1), EXPORT_TAG)));
        ReadScope noExport = new ReadScope(org, false, true, ALICE, false, Set.of(), false);

        assertThat(titles(noExport, FileCriteria.all())).containsExactly("plain");
        assertThat(titles(orgWide(org), FileCriteria.all())).containsExactlyInAnyOrder("plain", "exported");
    }

    @Test
    void losing_the_export_tag_makes_a_file_visible_again() {
        OrgId org = freshOrg();
        PrivateFile file = store(file(org, "was exported").tags(List.of(EXPORT_TAG)));
        ReadScope noExport = new ReadScope(org, false, true, ALICE, false, Set.of(), false);

        files().update(PrivateFileBuilder.from(file).tags(List.of(tag(2))).build());

        assertThat(titles(noExport, FileCriteria.all())).containsExactly("was exported");
    }

    @Test
    void a_scope_without_org_wide_access_reads_own_files_and_files_of_its_projects() {
        OrgId org = freshOrg();
        store(TestFiles.file(files().nextId(), org, ALICE, "alice own"));
        store(TestFiles.file(files().nextId(), org, BOB, "bob on 1").project(ProjectId.of(1)));
        store(TestFiles.file(files().nextId(), org, BOB, "bob on 2").project(ProjectId.of(2)));
        store(TestFiles.file(files().nextId(), org, BOB, "bob alone"));
        ReadScope project1 = new ReadScope(org, false, false, ALICE, false, Set.of(ProjectId.of(1)), true);
        ReadScope anyProject = new ReadScope(org, false, false, ALICE, true, Set.of(), true);
        ReadScope ownOnly = new ReadScope(org, false, false, ALICE, false, Set.of(), true);

        assertThat(titles(project1, FileCriteria.all())).containsExactlyInAnyOrder("alice own", "bob on 1");
        assertThat(titles(anyProject, FileCriteria.all())).containsExactlyInAnyOrder("alice own", "bob on 1", "bob on 2");
        assertThat(titles(ownOnly, FileCriteria.all())).containsExactly("alice own");
        assertThat(titles(ReadScope.nothing(org), FileCriteria.all())).isEmpty();
        assertThat(files().count(ReadScope.nothing(org), FileCriteria.all())).isZero();
    }

    @Test
    void tag_filters_keep_files_with_any_wanted_tag_and_drop_files_with_any_excluded_one() {
        OrgId org = freshOrg();
        store(file(org, "one").tags(List.of(tag(1))));
        store(file(org, "two").tags(List.of(tag(2))));
        store(file(org, "one and three").tags(List.of(tag(1), tag(3))));
        store(file(org, "none"));
        FileCriteria all = FileCriteria.all();
        FileCriteria anyOneOrTwo = new FileCriteria(all.project(), all.user(),
                Set.of(tag(1).id(), tag(2).id()), Set.of(), all.search(), all.ordering(), all.paging());
        FileCriteria notThree = new FileCriteria(all.project(), all.user(), Set.of(), Set.of(tag(3).id()),
                all.search(), all.ordering(), all.paging());

        assertThat(titles(orgWide(org), anyOneOrTwo)).containsExactlyInAnyOrder("one", "two", "one and three");
        assertThat(titles(orgWide(org), notThree)).containsExactlyInAnyOrder("one", "two", "none");
    }

    @Test
    void a_listing_longer_than_the_fetch_size_streams_every_row_in_order() {
        OrgId org = freshOrg();
        int count = JdbcPrivateFileRepository.FETCH_SIZE * 2 + 17;
        for (int i = 0; i < count; i++) {
            store(file(org, "bulk").modifiedDate(T0.plusSeconds(i)));
        }

        List<PrivateFile> listed = list(orgWide(org), FileCriteria.all());

        assertThat(listed).hasSize(count);
        assertThat(listed).isSortedAccordingTo((a, b) -> b.modifiedDate().compareTo(a.modifiedDate()));
    }

    @Test
    void a_long_listing_of_chunked_uploads_reads_each_files_parts_while_the_cursor_is_open() {
        OrgId org = freshOrg();
        int count = JdbcPrivateFileRepository.FETCH_SIZE + StreamedFiles.BATCH + 3;
        for (int i = 0; i < count; i++) {
            store(file(org, "upload " + i).content(null).modifiedDate(T0.plusSeconds(i))
                    .upload(new ChunkedUpload("u" + i, List.of(new UploadPart(1, i, "e" + i, "part-" + org + "-" + i)), null)));
        }

        List<PrivateFile> listed = list(orgWide(org), FileCriteria.all());

        assertThat(listed).hasSize(count);
        for (PrivateFile file : listed) {
            int i = Integer.parseInt(file.title().value().substring("upload ".length()));
            assertThat(file.upload().parts()).containsExactly(new UploadPart(1, i, "e" + i, "part-" + org + "-" + i));
        }
    }

    @Test
    void closing_or_finishing_listings_returns_their_connections_to_the_pool() {
        OrgId org = freshOrg();
        store(file(org, "a"));
        store(file(org, "b"));

        for (int i = 0; i < JdbcPersistence.POOL_SIZE * 3; i++) {
            try (Stream<PrivateFile> stream = files().list(orgWide(org), FileCriteria.all())) {
                assertThat(stream.findFirst()).isPresent();
            }
            assertThat(files().list(orgWide(org), FileCriteria.all()).count()).isEqualTo(2);
        }

        assertThat(files().isAvailable()).isTrue();
    }

    @Test
    void a_listing_reads_a_tag_created_since_on_its_own_connection_while_every_other_is_held() {
        OrgId org = freshOrg();
        store(file(org, "old tag").tags(List.of(tag(1))));
        assertThat(list(orgWide(org), FileCriteria.all())).hasSize(1);
        FileTag fresh = persistence().tags().create("created since " + org, false);
        OrgId other = freshOrg();
        store(file(other, "new tag").tags(List.of(fresh)));

        List<Stream<PrivateFile>> held = new ArrayList<>();
        try {
            for (int i = 0; i < JdbcPersistence.POOL_SIZE - 1; i++) {
                Stream<PrivateFile> stream = files().list(orgWide(org), FileCriteria.all());
                held.add(stream);
                assertThat(stream.iterator().next().title().value()).isEqualTo("old tag");
            }
            assertThat(list(orgWide(other), FileCriteria.all()).get(0).tags()).containsExactly(fresh);
        } finally {
            held.forEach(Stream::close);
        }
    }

    @Test
    void a_filtered_count_follows_every_insert_update_and_delete() {
        OrgId org = freshOrg();
        FileCriteria roofs = search("roof");
        PrivateFile first = store(file(org, "roof_plan_1.pdf"));
        store(file(org, "site_model_2.skp"));
        assertThat(files().count(orgWide(org), roofs)).isEqualTo(1);

        PrivateFile second = store(file(org, "roof_plan_3.pdf"));
        assertThat(files().count(orgWide(org), roofs)).isEqualTo(2);
        files().update(PrivateFileBuilder.from(second).title(Title.of("site_model_3.skp")).build());
        assertThat(files().count(orgWide(org), roofs)).isEqualTo(1);
        files().delete(first.id(), first.version());
        assertThat(files().count(orgWide(org), roofs)).isZero();
    }

    @Test
    void a_filtered_count_sees_the_writes_of_another_instance_on_the_same_database() {
        OrgId org = freshOrg();
        FileCriteria roofs = search("roof");
        store(file(org, "roof_plan_1.pdf"));
        assertThat(files().count(orgWide(org), roofs)).isEqualTo(1);

        try (JdbcPersistence other = JdbcPersistence.open(url(), null, null)) {
            other.files().insert(TestFiles.file(other.files().nextId(), org, ALICE, "roof_plan_2.pdf").build());
            assertThat(files().count(orgWide(org), roofs)).isEqualTo(2);
            assertThat(other.files().count(orgWide(org), roofs)).isEqualTo(2);
        }
    }

    @Test
    void a_part_put_again_replaces_the_earlier_one_and_returns_it() {
        PrivateFile file = store(file(freshOrg(), "chunked").content(null)
                .upload(ChunkedUpload.started("up")).status("uploading"));
        UploadPart first = new UploadPart(1, 10, "e1", "k-first");
        UploadPart again = new UploadPart(1, 11, "e1b", "k-again");

        assertThat(files().putPart(file.id(), 1, first, T0)).isEmpty();
        assertThat(files().putPart(file.id(), 2, again, T0)).contains(first);
        files().putPart(file.id(), 3, new UploadPart(2, 3, "e2", "k-second"), T0);

        assertThat(files().find(file.id()).orElseThrow().upload().parts())
                .containsExactly(again, new UploadPart(2, 3, "e2", "k-second"));
        assertThat(files().keysInUse(List.of("k-first", "k-again", "k-second", "k-unknown")))
                .containsExactlyInAnyOrder("k-again", "k-second");
    }

    @Test
    void a_part_of_a_missing_file_is_not_found() {
        FileId missing = files().nextId();

        assertThatThrownBy(() -> files().putPart(missing, 1, new UploadPart(1, 1, "e", "k"), T0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void keys_in_use_include_content_keys_and_cope_with_many_keys() {
        PrivateFile file = store(file(freshOrg(), "with content"));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            keys.add("unused-" + i);
        }
        keys.add(file.content().storageKey());

        assertThat(files().keysInUse(keys)).containsExactly(file.content().storageKey());
        assertThat(files().keysInUse(List.of())).isEmpty();
    }

    @Test
    void sweeps_find_old_temporary_files_and_old_incomplete_uploads() {
        OrgId org = freshOrg();
        Instant cutoff = Instant.parse("2030-01-01T00:00:00Z");
        PrivateFile oldTemporary = store(file(org, "old temp").temporary(true).createdDate(cutoff.minusSeconds(1)));
        store(file(org, "new temp").temporary(true).createdDate(cutoff));
        PrivateFile oldUpload = store(file(org, "old upload").content(null).upload(ChunkedUpload.started("x"))
                .createdDate(cutoff.minusSeconds(5)));
        store(file(org, "old finished upload").upload(ChunkedUpload.started("y").completedAt(cutoff))
                .createdDate(cutoff.minusSeconds(5)));

        assertThat(files().temporaryCreatedBefore(cutoff)).contains(oldTemporary)
                .noneMatch(f -> f.title().value().equals("new temp"));
        assertThat(files().incompleteUploadsCreatedBefore(cutoff)).contains(oldUpload)
                .noneMatch(f -> f.title().value().equals("old finished upload"));
    }

    @Test
    void ids_are_never_handed_out_twice() {
        Set<FileId> ids = new java.util.HashSet<>();
        for (int i = 0; i < 100; i++) {
            assertThat(ids.add(files().nextId())).isTrue();
        }
    }

    @Test
    void a_missing_file_is_empty() {
        assertThat(files().find(FileId.of(Long.MAX_VALUE))).isEqualTo(Optional.empty());
    }
}
