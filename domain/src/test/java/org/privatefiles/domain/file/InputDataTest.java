package org.privatefiles.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** The default input-data hash is the MD5 of the canonical JSON text, not of the text as sent. */
class InputDataTest {

    @Test
    void hash_is_the_md5_of_the_canonical_text() {
        var data = new InputData("{\"b\": 1, \"a\": 2}", "{\"a\":2,\"b\":1}");

        assertThat(data.hash()).isEqualTo("620a7530f307c3f3f111d443a4109815");
    }

    @Test
    void the_same_data_sent_differently_has_the_same_hash() {
        var spaced = new InputData("{\"b\": 1, \"a\": 2}", "{\"a\":2,\"b\":1}");
        var compact = new InputData("{\"a\":2,\"b\":1}", "{\"a\":2,\"b\":1}");

        assertThat(spaced.hash()).isEqualTo(compact.hash()).isNotEqualTo(Md5.hexOf(spaced.json()));
    }

    @Test
    void both_texts_are_required() {
        assertThatNullPointerException().isThrownBy(() -> new InputData(null, "{}"));
        assertThatNullPointerException().isThrownBy(() -> new InputData("{}", null));
    }
}
