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

/** Collecting field problems and throwing them all at once, as DRF reports a whole invalid body. */
class ValidationTest {
    private static final Problem BLANK = new Problem.Blank();
    private static final Problem TOO_LONG = new Problem.TooLong(64);

    @Test
    void problems_of_several_fields_are_thrown_together_in_the_order_found() {
        var validation = new Validation()
                .add("title", BLANK)
                .add("status", TOO_LONG)
                .add("title", new Problem.NullCharacters());

        assertThatExceptionOfType(InvalidException.class).isThrownBy(validation::throwIfInvalid)
                .satisfies(e -> assertThat(e.problems()).containsExactly(
                        entry("title", List.of(BLANK, new Problem.NullCharacters())),
                        entry("status", List.of(TOO_LONG))));
    }

    @Test
    void check_records_the_problems_of_an_invalid_exception_instead_of_throwing() {
        var validation = new Validation()
                .check(() -> Title.of(""))
                .check(() -> Title.of("ok"))
                .add(InvalidException.NON_FIELD, new Problem.BadCredentials());

        assertThat(validation.hasErrors()).isTrue();
        assertThatExceptionOfType(InvalidException.class).isThrownBy(validation::throwIfInvalid)
                .satisfies(e -> assertThat(e.problems()).containsExactly(
                        entry("title", List.of(BLANK)),
                        entry(InvalidException.NON_FIELD, List.of(new Problem.BadCredentials()))));
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
    void invalid_exception_keeps_a_copy_of_the_problems_it_was_given() {
        Map<String, List<Problem>> problems = new LinkedHashMap<>();
        problems.put("title", new ArrayList<>(List.of(BLANK)));
        var e = new InvalidException(problems);
        problems.get("title").add(TOO_LONG);
        problems.put("status", List.of(TOO_LONG));

        assertThat(e.problems()).containsExactly(entry("title", List.of(BLANK)));
    }

    @Test
    void invalid_exception_describes_each_field_in_plain_english() {
        var e = new InvalidException(Map.of("title", List.of(new Problem.TooLong(255))));

        assertThat(e.getMessage()).isEqualTo("title: Has more than 255 characters.");
    }

    @Test
    void every_problem_kind_has_a_description() {
        List<Problem> kinds = List.of(new Problem.Required(), new Problem.WrongType(Problem.Expected.UUID, "int"),
                new Problem.OutOfRange(1, 10), new Problem.OutOfRange(1, Long.MAX_VALUE),
                new Problem.BadRange(Problem.RangeFault.ORDER), new Problem.UnknownReference("7"),
                new Problem.PartEtagMismatch(2, "ab", "cd"));

        assertThat(kinds).allSatisfy(p -> assertThat(p.description()).matches("[A-Z].*\\."));
    }
}
