package org.privatefiles.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facts of stored content: a key, a size that is not negative, and an MD5 in lowercase hex. */
class ContentFactsTest {
    private static final String EMPTY_MD5 = "d41d8cd98f00b204e9800998ecf8427e";

    @Test
    void empty_content_with_the_md5_of_nothing_is_valid() {
        var facts = new ContentFacts("key", 0, EMPTY_MD5);

        assertThat(facts.size()).isZero();
        assertThat(facts.md5()).isEqualTo(EMPTY_MD5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"D41D8CD98F00B204E9800998ECF8427E", "d41d8cd98f00b204", "not-a-hash", ""})
    void md5_that_is_not_32_lowercase_hex_characters_is_rejected(String md5) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ContentFacts("key", 1, md5));
    }

    @Test
    void missing_md5_or_key_is_rejected() {
        assertThatNullPointerException().isThrownBy(() -> new ContentFacts("key", 1, null));
        assertThatNullPointerException().isThrownBy(() -> new ContentFacts(null, 1, EMPTY_MD5));
    }

    @Test
    void negative_size_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ContentFacts("key", -1, EMPTY_MD5));
    }
}
