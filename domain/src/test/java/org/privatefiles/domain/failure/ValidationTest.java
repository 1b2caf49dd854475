package org.privatefiles.domain.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.file.Title;

/** Collecting field errors and throwing them all at once, as DRF reports a whole invalid body. */
class ValidationTest {

    @Test
    void errors_of_several_fields_are_thrown_together_in_the_order_found() {
        var validation = new Validation()
                .add("title", "This field may not be blank.")
                .add("status", "Ensure this field has no more than 64 characters.")
                .add("title", "Second message.");

        assertThatExceptionOfType(InvalidException.class).isThrownBy(validation::throwIfInvalid)
                .satisfies(e -> assertThat(e.errors()).containsExactly(
                        entry("title", List.of("This field may not be blank.", "Second message.")),
                        entry("status", List.of("Ensure this field has no more than 64 characters."))));
    }

    @Test
    void check_records_the_messages_of_an_invalid_exception_instead_of_throwing() {
        var validation = new Validation()
                .check(() -> Title.of(""))
                .check(() -> Title.of("ok"))
                .add(InvalidException.NON_FIELD, "Something else.");

        assertThat(validation.hasErrors()).isTrue();
        assertThatExceptionOfType(InvalidException.class).isThrownBy(validation::throwIfInvalid)
                .satisfies(e -> assertThat(e.errors()).containsExactly(
                        entry("title", List.of("This field may not be blank.")),
                        entry("non_field_errors", List.of("Something else."))));
    }

    @Test
    void check_lets_other_failures_through() {
        var validation = new Validation();

        assertThatIllegalStateException().isThrownBy(() -> validation.check(() -> {
            throw new IllegalStateException("bug");
        }));
        assertThat(validation.hasErrors()).isFalse();
    }

    @Test
    void validation_without_errors_does_not_throw() {
        var validation = new Validation().check(() -> Title.of("fine"));

        assertThat(validation.hasErrors()).isFalse();
        assertThatCode(validation::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void invalid_exception_keeps_a_copy_of_the_errors_it_was_given() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put("title", new ArrayList<>(List.of("a")));
        var e = new InvalidException(errors);
        errors.get("title").add("b");
        errors.put("status", List.of("c"));

        assertThat(e.errors()).containsExactly(entry("title", List.of("a")));
    }

    @Test
    void invalid_exception_of_one_field_holds_one_message() {
        assertThat(InvalidException.of("search", "Null characters are not allowed.").errors())
                .containsExactly(entry("search", List.of("Null characters are not allowed.")));
    }
}
