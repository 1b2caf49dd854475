package org.privatefiles.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privatefiles.domain.failure.InvalidException;

/** A title is 1..255 characters (code points, as Python counts), not blank, without NUL. */
class TitleTest {

    @Test
    void null_title_is_invalid() {
        assertInvalidTitle(() -> Title.of(null), "This field may not be null.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "   "})
    void blank_title_is_invalid(String blank) {
        assertInvalidTitle(() -> Title.of(blank), "This field may not be blank.");
    }

    @Test
    void title_of_255_characters_is_valid() {
        assertThat(Title.of("x".repeat(255)).value()).hasSize(255);
    }

    @Test
    void title_of_256_characters_is_too_long() {
        assertInvalidTitle(() -> Title.of("x".repeat(256)), "Ensure this field has no more than 255 characters.");
    }

    @Test
    void length_counts_code_points_not_utf16_units() {
        String emoji = "\uD83D\uDCC4";

        assertThat(Title.of(emoji.repeat(255)).value()).hasSize(510);
        assertInvalidTitle(() -> Title.of(emoji.repeat(256)), "Ensure this field has no more than 255 characters.");
    }

    @Test
    void title_with_a_nul_character_is_invalid() {
        assertInvalidTitle(() -> Title.of("report\u0000.pdf"), "Null characters are not allowed.");
    }

    private static void assertInvalidTitle(ThrowingCallable create, String message) {
        assertThatExceptionOfType(InvalidException.class).isThrownBy(create)
                .satisfies(e -> assertThat(e.errors()).containsExactlyEntriesOf(Map.of("title", List.of(message))));
    }
}
