package org.privatefiles.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privatefiles.domain.fixtures.Fixtures.EXPORT_TAG;
import static org.privatefiles.domain.fixtures.Fixtures.EXTRA_FILE;
import static org.privatefiles.domain.fixtures.Fixtures.T0;
import static org.privatefiles.domain.fixtures.Fixtures.file;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.tag.FileTag;

/** The private file aggregate: derived facts and changes that bump modified_date. */
class PrivateFileTest {
    private static final Instant LATER = T0.plusSeconds(60);

    @Test
    void a_file_is_export_tagged_when_any_of_its_tags_is_an_export_tag() {
        assertThat(file().tags(List.of(EXTRA_FILE, EXPORT_TAG)).build().isExportTagged()).isTrue();
        assertThat(file().tags(List.of(EXTRA_FILE)).build().isExportTagged()).isFalse();
        assertThat(file().build().isExportTagged()).isFalse();
    }

    @Test
    void tags_are_copied_so_later_changes_to_the_given_list_do_not_leak_in() {
        List<FileTag> tags = new ArrayList<>(List.of(EXTRA_FILE));
        PrivateFile f = file().tags(tags).build();
        tags.add(EXPORT_TAG);

        assertThat(f.tags()).containsExactly(EXTRA_FILE);
    }

    @Test
    void a_file_is_uploading_while_its_chunked_upload_is_incomplete() {
        PrivateFile uploading = file().upload(ChunkedUpload.started("u-1")).build();

        assertThat(uploading.isUploading()).isTrue();
        assertThat(PrivateFileBuilder.from(uploading).upload(uploading.upload().completedAt(LATER)).build().isUploading()).isFalse();
        assertThat(file().build().isUploading()).isFalse();
    }

    @Test
    void builder_from_a_file_rebuilds_an_equal_file() {
        PrivateFile f = file().status("created").inputData("{}").tags(List.of(EXTRA_FILE)).showCustomer(true).build();

        assertThat(PrivateFileBuilder.from(f).build()).isEqualTo(f);
    }

    @Test
    void chunked_upload_keeps_its_parts_in_part_number_order() {
        var p1 = new UploadPart(1, 5, Md5.hexOf("a"), "k1");
        var p2 = new UploadPart(2, 5, Md5.hexOf("b"), "k2");

        assertThat(ChunkedUpload.started("u").withParts(List.of(p2, p1)).parts()).containsExactly(p1, p2);
    }
}
