package org.privatefiles.domain.query;

import java.util.Locale;
import java.util.stream.Stream;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.PrivateFile;

/**
 * The seven fields a search looks in (title, system_uuid, input_data, input_data_hash,
 * file_hash, status, status_message) and the match rule: a term matches when any field contains
 * it, ignoring case. The in-memory twin of the SQL adapters build.
 */
public final class SearchableText {
    private SearchableText() {
    }

    public static Stream<String> fieldsOf(PrivateFile file) {
        return Stream.of(
                file.title().value(),
                file.systemUuid() == null ? null : file.systemUuid().toString(),
                file.inputData(),
                file.inputDataHash(),
                file.contentFacts().map(ContentFacts::md5).orElse(null),
                file.status(),
                file.statusMessage());
    }

    public static boolean matchesAll(PrivateFile file, SearchTerms search) {
        return search.terms().stream().allMatch(term -> matches(file, term));
    }

    public static boolean matches(PrivateFile file, String term) {
        String needle = fold(term);
        return fieldsOf(file).anyMatch(field -> field != null && fold(field).contains(needle));
    }

    /** Case folding used for search on every adapter: lower case, root locale. */
    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
