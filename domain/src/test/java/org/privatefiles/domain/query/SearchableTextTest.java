package org.privatefiles.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privatefiles.domain.fixtures.Fixtures.PROJECT_A;
import static org.privatefiles.domain.fixtures.Fixtures.SITE_MODEL;
import static org.privatefiles.domain.fixtures.Fixtures.file;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;

/** A term matches when any of the seven searched fields contains it, ignoring case; a file must match every term. */
class SearchableTextTest {
    private static final String FILE_MD5 = "9e107d9d372bb6826bd81d3542a419d6";

    static Stream<Arguments> fields() {
        return Stream.of(
                field("title", b -> b.title(Title.of("Quarterly REPORT.pdf")), "rePort"),
                field("system_uuid", b -> b.systemUuid(UUID.fromString("3F2504E0-4F89-11D3-9A0C-0305E82C3301")), "9A0C-0305"),
                field("input_data", b -> b.inputData("{\"customer\":\"ACME Solar\"}"), "acme sOLAR"),
                field("input_data_hash", b -> b.inputDataHash("d41d8cd98f00b204e9800998ecf8427e"), "D41D8CD9"),
                field("file_hash", b -> b.content(new ContentFacts("k", 1, FILE_MD5)), "9E107D9D"),
                field("status", b -> b.status("Created"), "CREATED"),
                field("status_message", b -> b.statusMessage("Waiting For Signature"), "for SIGNATURE"));
    }

    private static Arguments field(String name, UnaryOperator<PrivateFileBuilder> set, String term) {
        return Arguments.of(name, set, term);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void a_term_matches_each_searched_field_ignoring_case(String field, UnaryOperator<PrivateFileBuilder> set, String term) {
        PrivateFile without = plainFile().build();
        PrivateFile with = set.apply(plainFile()).build();

        assertThat(SearchableText.matches(without, term)).as("file without %s", field).isFalse();
        assertThat(SearchableText.matches(with, term)).as("file with %s", field).isTrue();
    }

    @Test
    void exactly_seven_fields_are_searched_in_the_documented_order() {
        PrivateFile f = plainFile()
                .systemUuid(UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
                .inputData("{}").inputDataHash("h").content(new ContentFacts("k", 1, FILE_MD5))
                .status("s").statusMessage("m").build();

        assertThat(SearchableText.fieldsOf(f)).containsExactly(
                "x.bin", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "{}", "h", FILE_MD5, "s", "m");
    }

    @Test
    void other_fields_are_not_searched() {
        PrivateFile f = plainFile().project(PROJECT_A).tags(List.of(SITE_MODEL))
                .content(new ContentFacts("storage-key", 1, FILE_MD5)).build();

        assertThat(SearchableText.matches(f, "Site Model")).as("tag title").isFalse();
        assertThat(SearchableText.matches(f, PROJECT_A.toString())).as("project id").isFalse();
        assertThat(SearchableText.matches(f, "storage")).as("storage key").isFalse();
    }

    @Test
    void like_wildcards_in_a_term_match_only_themselves() {
        PrivateFile percent = plainFile().title(Title.of("50% done")).build();
        PrivateFile underscore = plainFile().title(Title.of("a_b")).build();
        PrivateFile plain = plainFile().title(Title.of("500 axb")).build();

        assertThat(SearchableText.matches(percent, "50%")).isTrue();
        assertThat(SearchableText.matches(plain, "50%")).isFalse();
        assertThat(SearchableText.matches(underscore, "a_b")).isTrue();
        assertThat(SearchableText.matches(plain, "a_b")).isFalse();
    }

    @Test
    void a_file_must_match_every_term_each_in_any_field() {
        PrivateFile f = plainFile().title(Title.of("roof.pdf")).status("created").build();

        assertThat(SearchableText.matchesAll(f, new SearchTerms(List.of("ROOF", "Created")))).isTrue();
        assertThat(SearchableText.matchesAll(f, new SearchTerms(List.of("roof", "missing")))).isFalse();
    }

    @Test
    void no_terms_match_every_file() {
        assertThat(SearchableText.matchesAll(plainFile().build(), SearchTerms.NONE)).isTrue();
    }

    @Test
    void case_folding_does_not_depend_on_the_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            PrivateFile f = plainFile().title(Title.of("INVOICE.PDF")).build();

            assertThat(SearchableText.matches(f, "invoice")).isTrue();
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** A file whose only text is the title "x.bin", which none of the terms above contains. */
    private static PrivateFileBuilder plainFile() {
        return file().title(Title.of("x.bin"));
    }
}
