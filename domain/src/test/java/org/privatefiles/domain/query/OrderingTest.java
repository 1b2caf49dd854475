package org.privatefiles.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ordering} is parsed like DRF's OrderingFilter: unknown fields ignored, {@code -modified_date} when none is valid. */
class OrderingTest {

    @Test
    void a_field_alone_orders_ascending() {
        assertThat(Ordering.parse("title").keys()).containsExactly(asc(OrderField.TITLE));
    }

    @Test
    void a_minus_prefix_orders_descending() {
        assertThat(Ordering.parse("-filesize").keys()).containsExactly(desc(OrderField.FILESIZE));
    }

    @Test
    void comma_separated_fields_order_by_each_in_turn() {
        assertThat(Ordering.parse("title,-status").keys()).containsExactly(asc(OrderField.TITLE), desc(OrderField.STATUS));
    }

    @Test
    void every_api_field_name_is_accepted() {
        assertThat(Ordering.parse("created_date,modified_date,title,status,filesize").keys()).containsExactly(
                asc(OrderField.CREATED_DATE), asc(OrderField.MODIFIED_DATE), asc(OrderField.TITLE),
                asc(OrderField.STATUS), asc(OrderField.FILESIZE));
    }

    @Test
    void unknown_fields_are_ignored_and_valid_ones_kept() {
        assertThat(Ordering.parse("foo,-title,bar").keys()).containsExactly(desc(OrderField.TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "foo,bar", "-id", "id", "Title", "--title", "- title", "-", ",", "user,project"})
    void with_no_valid_field_the_default_applies(String ordering) {
        assertThat(Ordering.parse(ordering)).isEqualTo(Ordering.DEFAULT);
    }

    @Test
    void empty_or_absent_ordering_is_the_default() {
        assertThat(Ordering.parse("")).isEqualTo(Ordering.DEFAULT);
        assertThat(Ordering.parse(null)).isEqualTo(Ordering.DEFAULT);
    }

    @Test
    void the_default_is_modified_date_descending() {
        assertThat(Ordering.DEFAULT.keys()).containsExactly(desc(OrderField.MODIFIED_DATE));
    }

    @Test
    void whitespace_around_fields_is_ignored() {
        assertThat(Ordering.parse(" title , -status\t").keys()).containsExactly(asc(OrderField.TITLE), desc(OrderField.STATUS));
    }

    @Test
    void a_repeated_field_keeps_its_first_occurrence() {
        assertThat(Ordering.parse("-title,status,title,-status").keys()).containsExactly(desc(OrderField.TITLE), asc(OrderField.STATUS));
    }

    @Test
    void an_ordering_without_keys_cannot_be_built() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Ordering(List.of()));
    }

    @Test
    void field_api_names_round_trip() {
        for (OrderField field : OrderField.values()) {
            assertThat(OrderField.fromApiName(field.apiName())).contains(field);
        }
        assertThat(OrderField.fromApiName("FILESIZE")).isEmpty();
    }

    private static SortKey asc(OrderField field) {
        return new SortKey(field, false);
    }

    private static SortKey desc(OrderField field) {
        return new SortKey(field, true);
    }
}
