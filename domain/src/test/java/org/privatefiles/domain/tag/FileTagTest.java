package org.privatefiles.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tag ids are positive; a tag reference by id or by title keeps the text the client wrote. */
class FileTagTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void tag_ids_that_are_not_positive_are_rejected(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> FileTagId.of(value));
    }

    @Test
    void a_reference_by_id_shows_the_id_as_its_text() {
        FileTagRef ref = FileTagRef.id(38);

        assertThat(ref).isEqualTo(new FileTagRef.ById(FileTagId.of(38), "38"));
        assertThat(ref.text()).isEqualTo("38");
    }

    @Test
    void a_reference_by_title_shows_the_title_as_its_text() {
        assertThat(FileTagRef.title("Site Model").text()).isEqualTo("Site Model");
    }
}
