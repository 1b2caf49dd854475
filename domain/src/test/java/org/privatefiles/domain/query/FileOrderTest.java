package org.privatefiles.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privatefiles.domain.fixtures.Fixtures.T0;
import static org.privatefiles.domain.fixtures.Fixtures.file;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.Md5;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.Title;

/** The order adapters must reproduce: nulls last ascending (first descending), code point strings, ties by -id. */
class FileOrderTest {

    @Test
    void null_status_sorts_after_every_value_ascending() {
        List<PrivateFile> files = List.of(withStatus(1, null), withStatus(2, "uploading"), withStatus(3, "created"));

        assertThat(ids(files, "status")).containsExactly(3L, 2L, 1L);
    }

    @Test
    void null_status_sorts_before_every_value_descending() {
        List<PrivateFile> files = List.of(withStatus(1, "created"), withStatus(2, null), withStatus(3, "uploading"));

        assertThat(ids(files, "-status")).containsExactly(2L, 3L, 1L);
    }

    @Test
    void file_without_content_sorts_after_every_size_ascending_and_before_descending() {
        List<PrivateFile> files = List.of(withSize(1, 500L), withSize(2, null), withSize(3, 0L), withSize(4, 20L));

        assertThat(ids(files, "filesize")).containsExactly(3L, 4L, 1L, 2L);
        assertThat(ids(files, "-filesize")).containsExactly(2L, 1L, 4L, 3L);
    }

    @Test
    void ties_are_broken_by_descending_id_in_either_direction() {
        List<PrivateFile> files = List.of(withTitle(5, "same"), withTitle(9, "same"), withTitle(7, "same"));

        assertThat(ids(files, "title")).containsExactly(9L, 7L, 5L);
        assertThat(ids(files, "-title")).containsExactly(9L, 7L, 5L);
    }

    @Test
    void null_ties_are_broken_by_descending_id_too() {
        List<PrivateFile> files = List.of(withStatus(1, null), withStatus(3, null), withStatus(2, null));

        assertThat(ids(files, "status")).containsExactly(3L, 2L, 1L);
    }

    @Test
    void titles_compare_by_code_point_so_upper_case_comes_first() {
        List<PrivateFile> files = List.of(withTitle(1, "apple"), withTitle(2, "Banana"), withTitle(3, "Apple"));

        assertThat(ids(files, "title")).containsExactly(3L, 2L, 1L);
    }

    @Test
    void titles_compare_by_code_point_not_by_utf16_unit() {
        // U+FFFF sorts before U+1F600 by code point; String.compareTo puts the surrogate pair first.
        List<PrivateFile> files = List.of(withTitle(1, "\uD83D\uDE00"), withTitle(2, "\uFFFF"));

        assertThat("\uD83D\uDE00".compareTo("\uFFFF")).isNegative();
        assertThat(ids(files, "title")).containsExactly(2L, 1L);
    }

    @Test
    void statuses_compare_by_code_point() {
        List<PrivateFile> files = List.of(withStatus(1, "\uD83D\uDE00"), withStatus(2, "\uFFFF"), withStatus(3, "Z"));

        assertThat(ids(files, "status")).containsExactly(3L, 2L, 1L);
    }

    @Test
    void later_keys_order_files_equal_on_earlier_keys() {
        List<PrivateFile> files = List.of(
                file().id(FileId.of(1)).title(Title.of("b")).status("x").build(),
                file().id(FileId.of(2)).title(Title.of("a")).status("x").build(),
                file().id(FileId.of(3)).title(Title.of("b")).status("y").build(),
                file().id(FileId.of(4)).title(Title.of("a")).status(null).build());

        assertThat(ids(files, "title,-status")).containsExactly(4L, 2L, 3L, 1L);
    }

    @Test
    void dates_order_by_instant() {
        List<PrivateFile> files = List.of(
                file().id(FileId.of(1)).createdDate(T0.plusSeconds(2)).modifiedDate(T0.plusSeconds(2)).build(),
                file().id(FileId.of(2)).createdDate(T0).modifiedDate(T0.plusSeconds(5)).build(),
                file().id(FileId.of(3)).createdDate(T0.plusNanos(1000)).modifiedDate(T0.plusSeconds(1)).build());

        assertThat(ids(files, "created_date")).containsExactly(2L, 3L, 1L);
        assertThat(ids(files, "-modified_date")).containsExactly(2L, 1L, 3L);
    }

    @Test
    void the_default_order_is_newest_modification_first() {
        List<PrivateFile> files = List.of(
                file().id(FileId.of(1)).modifiedDate(T0).build(),
                file().id(FileId.of(2)).modifiedDate(T0.plusSeconds(1)).build(),
                file().id(FileId.of(3)).modifiedDate(T0).build());

        assertThat(sorted(files, Ordering.DEFAULT)).extracting(f -> f.id().value()).containsExactly(2L, 3L, 1L);
    }

    private static List<Long> ids(List<PrivateFile> files, String ordering) {
        return sorted(files, Ordering.parse(ordering)).stream().map(f -> f.id().value()).toList();
    }

    private static List<PrivateFile> sorted(List<PrivateFile> files, Ordering ordering) {
        Comparator<PrivateFile> comparator = FileOrder.comparator(ordering);
        List<PrivateFile> copy = new ArrayList<>(files);
        copy.sort(comparator);
        return copy;
    }

    private static PrivateFile withStatus(long id, String status) {
        return file().id(FileId.of(id)).status(status).build();
    }

    private static PrivateFile withTitle(long id, String title) {
        return file().id(FileId.of(id)).title(Title.of(title)).build();
    }

    private static PrivateFile withSize(long id, Long size) {
        return file().id(FileId.of(id))
                .content(size == null ? null : new ContentFacts("key-" + id, size, Md5.hexOf("x")))
                .build();
    }
}
