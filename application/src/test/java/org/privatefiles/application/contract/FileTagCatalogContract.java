package org.privatefiles.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.StandardFileTags;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.domain.failure.ConflictException;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/**
 * Contract: what every {@link FileTagCatalog} adapter does. The catalogue must be seeded with
 * {@link StandardFileTags#all()} and may hold tags other tests created; every tag a test creates
 * has a title no other test or run uses.
 */
public abstract class FileTagCatalogContract {

    /** The seeded catalogue under test; called several times per test, it must return the same catalogue within a test. */
    protected abstract FileTagCatalog catalog();

    @Test
    void the_standard_tags_are_present_with_their_ids_titles_types_and_export_flags() {
        List<FileTag> standard = StandardFileTags.all();

        assertThat(standard).hasSize(53);
        assertThat(catalog().all()).containsAll(standard);
        for (FileTag tag : standard) {
            assertThat(catalog().find(tag.id())).contains(tag);
        }
    }

    @Test
    void the_tags_the_original_api_names_have_their_ids_and_only_projects_export_is_an_export_tag() {
        assertThat(catalog().find(FileTagId.of(38))).contains(new FileTag(FileTagId.of(38), "Extra File", "private", false));
        assertThat(catalog().find(FileTagId.of(47))).contains(new FileTag(FileTagId.of(47), "Site Model", "private", false));
        assertThat(catalog().find(FileTagId.of(53))).contains(new FileTag(FileTagId.of(53), "Design Backup", "private", false));
        assertThat(catalog().find(FileTagId.of(33))).contains(new FileTag(FileTagId.of(33), "Projects Export", "private", true));
        assertThat(catalog().all()).filteredOn(t -> t.id().value() <= 53).filteredOn(FileTag::export)
                .extracting(FileTag::title).containsExactly("Projects Export");
    }

    @Test
    void all_lists_the_tags_by_ascending_id() {
        catalog().create(Unique.name("contract tag"), false);

        List<Long> ids = catalog().all().stream().map(t -> t.id().value()).toList();

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void find_by_title_returns_the_tag_with_exactly_that_title() {
        assertThat(catalog().findByTitle("Extra File")).contains(new FileTag(FileTagId.of(38), "Extra File", "private", false));
        assertThat(catalog().findByTitle("Projects Export")).map(FileTag::id).contains(FileTagId.of(33));
    }

    @Test
    void find_by_title_is_case_sensitive_and_exact() {
        assertThat(catalog().findByTitle("extra file")).isEmpty();
        assertThat(catalog().findByTitle("EXTRA FILE")).isEmpty();
        assertThat(catalog().findByTitle("Extra File ")).isEmpty();
        assertThat(catalog().findByTitle("Extra")).isEmpty();
        assertThat(catalog().findByTitle("Extra%")).isEmpty();
    }

    @Test
    void find_of_an_unknown_id_or_title_is_empty() {
        assertThat(catalog().find(FileTagId.of(Long.MAX_VALUE))).isEmpty();
        assertThat(catalog().findByTitle(Unique.name("no such tag"))).isEmpty();
    }

    @Test
    void create_gives_an_id_greater_than_every_existing_one() {
        long highest = catalog().all().stream().mapToLong(t -> t.id().value()).max().orElseThrow();

        FileTag created = catalog().create(Unique.name("contract tag"), false);

        assertThat(created.id().value()).isGreaterThan(highest).isGreaterThan(53);
    }

    @Test
    void a_created_tag_is_private_keeps_its_export_flag_and_is_found_by_id_title_and_in_all() {
        String title = Unique.name("Contract Export Tag");

        FileTag created = catalog().create(title, true);

        assertThat(created.title()).isEqualTo(title);
        assertThat(created.export()).isTrue();
        assertThat(created.type()).isEqualTo(FileTag.PRIVATE_TYPE);
        assertThat(catalog().find(created.id())).contains(created);
        assertThat(catalog().findByTitle(title)).contains(created);
        assertThat(catalog().all()).contains(created);
    }

    @Test
    void tags_created_one_after_another_get_increasing_ids() {
        FileTag first = catalog().create(Unique.name("contract tag"), false);
        FileTag second = catalog().create(Unique.name("contract tag"), true);

        assertThat(second.id().value()).isGreaterThan(first.id().value());
        assertThat(catalog().find(first.id())).contains(first);
        assertThat(catalog().find(second.id())).contains(second);
    }

    @Test
    void create_with_a_taken_title_is_a_conflict() {
        String title = Unique.name("contract tag");
        FileTag first = catalog().create(title, false);

        assertThatThrownBy(() -> catalog().create(title, true)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> catalog().create("Extra File", false)).isInstanceOf(ConflictException.class);

        assertThat(catalog().findByTitle(title)).contains(first);
        assertThat(catalog().all()).filteredOn(t -> t.title().equals(title)).containsExactly(first);
    }
}
