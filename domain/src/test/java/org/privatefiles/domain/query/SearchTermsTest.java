package org.privatefiles.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privatefiles.domain.failure.InvalidException;

/**
 * {@code search} is split as Django REST Framework 3.15's SearchFilter splits it
 * ({@code search_smart_split}: Django's {@code smart_split}, then {@code strip(',')}, then either
 * {@code unescape_string_literal} for a quoted token or a split on commas). The expected values
 * were worked out from that source. DRF can yield an empty term; an empty term matches every file
 * there ({@code icontains ''} on the never-null title), so dropping it, as {@link SearchTerms}
 * does, filters the same.
 */
class SearchTermsTest {

    @Test
    void whitespace_separates_terms() {
        assertThat(terms("a b")).containsExactly("a", "b");
    }

    @Test
    void tabs_and_line_breaks_separate_terms_too() {
        assertThat(terms("\ta\n b\r\nc")).containsExactly("a", "b", "c");
    }

    @Test
    void commas_separate_terms() {
        assertThat(terms("a,b")).containsExactly("a", "b");
        assertThat(terms("one,two three")).containsExactly("one", "two", "three");
    }

    @Test
    void a_double_quoted_phrase_is_one_term_without_its_quotes() {
        assertThat(terms("\"a b\" c")).containsExactly("a b", "c");
    }

    @Test
    void a_single_quoted_phrase_is_one_term_without_its_quotes() {
        assertThat(terms("'a b' c")).containsExactly("a b", "c");
    }

    @Test
    void commas_inside_a_quoted_phrase_do_not_split_it() {
        assertThat(terms("\"a, b\"")).containsExactly("a, b");
    }

    @Test
    void escaped_quotes_inside_a_phrase_are_unescaped() {
        assertThat(terms("\"say \\\"hi\\\" now\"")).containsExactly("say \"hi\" now");
        assertThat(terms("'it\\'s'")).containsExactly("it's");
    }

    @Test
    void an_escaped_backslash_inside_a_phrase_becomes_one_backslash() {
        assertThat(terms("\"a\\\\b\"")).containsExactly("a\\b");
    }

    @Test
    void an_apostrophe_inside_a_word_is_part_of_the_word() {
        assertThat(terms("it's")).containsExactly("it's");
    }

    @Test
    void empty_terms_between_commas_are_dropped() {
        assertThat(terms("a,,b")).containsExactly("a", "b");
        assertThat(terms(",,,")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" ,a, ", ",a", "a,", "  a  ", "\"a\","})
    void leading_and_trailing_separators_are_dropped(String search) {
        assertThat(terms(search)).containsExactly("a");
    }

    @Test
    void a_quoted_phrase_followed_by_a_comma_and_more_text_keeps_its_quotes() {
        // DRF only treats a token as a phrase when it starts and ends with the same quote.
        assertThat(terms("\"a b\",c")).containsExactly("\"a b\"", "c");
        assertThat(terms("c,\"a b\"")).containsExactly("c", "\"a b\"");
    }

    @Test
    void quoted_text_inside_a_word_keeps_the_word_whole() {
        assertThat(terms("a\"b c\"d")).containsExactly("a\"b c\"d");
    }

    @Test
    void an_unterminated_quote_is_an_ordinary_character() {
        assertThat(terms("\"unterminated phrase")).containsExactly("\"unterminated", "phrase");
    }

    @Test
    void a_lone_quote_is_an_empty_phrase_and_filters_nothing() {
        assertThat(terms("\"")).isEmpty();
        assertThat(terms("'")).isEmpty();
        assertThat(terms(",\",")).isEmpty();
        assertThat(terms("\"\"")).isEmpty();
    }

    @Test
    void a_quote_left_over_after_a_phrase_filters_nothing() {
        assertThat(terms("\"a\"b\"")).containsExactly("\"a\"b");
    }

    @Test
    void unicode_spaces_separate_terms_as_in_python() {
        assertThat(terms("a\u00A0b\u3000c")).containsExactly("a", "b", "c");
        assertThat(terms("a\u200Bb")).containsExactly("a\u200Bb");
    }

    @Test
    void information_separator_controls_separate_terms_as_in_python() {
        // Python's \s and str.strip() count U+001C..U+001F as whitespace.
        assertThat(terms("a\u001Cb\u001Dc\u001Ed\u001Ff")).containsExactly("a", "b", "c", "d", "f");
    }

    @Test
    void an_escaped_line_separator_stays_inside_a_phrase() {
        // Python's '.' matches every character but '\n', so '\' escapes a CR or U+2028 as well.
        assertThat(terms("\"a\\\rb\"")).containsExactly("a\\\rb");
        assertThat(terms("\"a\\\u2028b\"")).containsExactly("a\\\u2028b");
    }

    @Test
    void pieces_after_a_comma_inside_a_quoted_word_are_stripped_of_unicode_spaces() {
        assertThat(terms("x\"a,\u00A0b\"")).containsExactly("x\"a", "b\"");
    }

    @Test
    void empty_input_has_no_terms() {
        assertThat(SearchTerms.parse("").isEmpty()).isTrue();
    }

    @Test
    void blank_input_has_no_terms() {
        assertThat(SearchTerms.parse(" \t\n ").isEmpty()).isTrue();
    }

    @Test
    void absent_search_is_none() {
        assertThat(SearchTerms.parse(null)).isSameAs(SearchTerms.NONE);
        assertThat(SearchTerms.NONE.isEmpty()).isTrue();
    }

    @Test
    void a_nul_character_is_invalid_under_search() {
        var e = catchThrowableOfType(InvalidException.class, () -> SearchTerms.parse("a\u0000b"));

        assertThat(e.problems()).containsOnlyKeys("search");
        assertThat(e.problems().get("search")).containsExactly(new org.privatefiles.domain.failure.Problem.NullCharacters());
    }

    private static List<String> terms(String search) {
        return SearchTerms.parse(search).terms();
    }
}
