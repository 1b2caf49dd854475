package org.privatefiles.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privatefiles.domain.failure.InvalidException;

/** {@code limit} with {@code page}, or {@code range=[first,last]}, turned into an offset and a count. */
class PagingTest {

    @Test
    void first_page_starts_at_offset_zero() {
        assertThat(Paging.fromLimitAndPage("10", "1")).isEqualTo(new Paging(0, 10));
    }

    @Test
    void page_defaults_to_the_first_when_absent_or_blank() {
        assertThat(Paging.fromLimitAndPage("10", null)).isEqualTo(new Paging(0, 10));
        assertThat(Paging.fromLimitAndPage("10", " ")).isEqualTo(new Paging(0, 10));
    }

    @Test
    void page_n_skips_n_minus_one_pages() {
        assertThat(Paging.fromLimitAndPage("25", "3")).isEqualTo(new Paging(50, 25));
    }

    @Test
    void limit_accepts_the_bounds_one_and_a_thousand() {
        assertThat(Paging.fromLimitAndPage("1", "1")).isEqualTo(new Paging(0, 1));
        assertThat(Paging.fromLimitAndPage("1000", "2")).isEqualTo(new Paging(1000, 1000));
    }

    @Test
    void numbers_may_be_surrounded_by_whitespace() {
        assertThat(Paging.fromLimitAndPage(" 10 ", " 2 ")).isEqualTo(new Paging(10, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-1", "99999999999"})
    void limit_outside_one_to_a_thousand_is_invalid(String limit) {
        assertInvalid("limit", () -> Paging.fromLimitAndPage(limit, "1"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ten", "1.5", "1e3", "0x10", " "})
    void limit_that_is_not_an_integer_is_invalid(String limit) {
        assertInvalid("limit", () -> Paging.fromLimitAndPage(limit, "1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void page_below_one_is_invalid(String page) {
        assertInvalid("page", () -> Paging.fromLimitAndPage("10", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two", "2.0", "99999999999999999999"})
    void page_that_is_not_an_integer_is_invalid(String page) {
        assertInvalid("page", () -> Paging.fromLimitAndPage("10", page));
    }

    @Test
    void page_so_far_that_its_offset_overflows_is_invalid() {
        assertInvalid("page", () -> Paging.fromLimitAndPage("1000", Long.toString(Long.MAX_VALUE)));
        assertInvalid("page", () -> Paging.fromLimitAndPage("1000", "9223372036854777"));
    }

    @Test
    void last_page_whose_offset_fits_in_a_long_is_accepted() {
        assertThat(Paging.fromLimitAndPage("1000", "9223372036854776")).isEqualTo(new Paging(9_223_372_036_854_775_000L, 1000));
    }

    @Test
    void range_is_zero_based_and_inclusive() {
        assertThat(Paging.fromRange("[0,9]")).isEqualTo(new Paging(0, 10));
        assertThat(Paging.fromRange("[10,19]")).isEqualTo(new Paging(10, 10));
        assertThat(Paging.fromRange("[5,5]")).isEqualTo(new Paging(5, 1));
    }

    @Test
    void range_may_contain_whitespace() {
        assertThat(Paging.fromRange(" [ 0 , 9 ] ")).isEqualTo(new Paging(0, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0,9", "[0,9", "0,9]", "(0,9)", "[]", "[0]", "[0,1,2]", "[a,b]", "[0,]", "[,9]",
            "[9,0]", "[-1,3]", "[0.5,3]"})
    void malformed_range_is_invalid(String range) {
        assertInvalid("range", () -> Paging.fromRange(range));
    }

    @Test
    void range_of_more_rows_than_an_int_holds_is_invalid() {
        assertThat(Paging.fromRange("[0,2147483646]")).isEqualTo(new Paging(0, Integer.MAX_VALUE));
        assertInvalid("range", () -> Paging.fromRange("[0,2147483647]"));
    }

    @Test
    void range_whose_size_overflows_a_long_is_invalid() {
        assertInvalid("range", () -> Paging.fromRange("[0," + Long.MAX_VALUE + "]"));
    }

    @Test
    void negative_offset_or_count_cannot_be_built() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Paging(-1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new Paging(0, -1));
    }

    private static void assertInvalid(String field, ThrowingCallable parse) {
        assertThatExceptionOfType(InvalidException.class).isThrownBy(parse)
                .satisfies(e -> assertThat(e.problems()).containsOnlyKeys(field));
    }
}
