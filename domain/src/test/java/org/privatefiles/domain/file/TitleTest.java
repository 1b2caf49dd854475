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
import org.privatefiles.domain.failure.Problem;

/** A title is 1..255 characters (code points, as Python counts), not blank, without NUL. */
class TitleTest {

    @Test
    void null_title_is_invalid() {
        assertInvalidTitle(() -> Title.of(null), new Problem.NotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "   "})
    void blank_title_is_invalid(String blank) {
        assertInvalidTitle(() -> Title.of(blank), new Problem.Blank());
    }

    @Test
    void title_of_255_characters_is_valid() {
        assertThat(Title.of("x".repeat(255)).value()).hasSize(255);
    }

    @Test
    void title_of_256_characters_is_too_long() {
        assertInvalidTitle(() -> Title.of("x".repeat(256)), new Problem.TooLong(255));
    }

    @Test
    void length_counts_code_points_not_utf16_units() {
        String emoji = "\uD83D\uDCC4";

        assertThat(Title.of(emoji.repeat(255)).value()).hasSize(510);
        assertInvalidTitle(() -> Title.of(emoji.repeat(256)), new Problem.TooLong(255));
    }

    @Test
    void title_with_a_nul_character_is_invalid() {
        assertInvalidTitle(() -> Title.of("report\u0000.pdf"), new Problem.NullCharacters());
    }

    private static void assertInvalidTitle(ThrowingCallable create, Problem problem) {
        assertThatExceptionOfType(InvalidException.class).isThrownBy(create)
                .satisfies(e -> assertThat(e.problems()).containsExactlyEntriesOf(Map.of("title", List.of(problem))));
    }
}
