package org.privatefiles.domain.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;

/**
 * The terms of a {@code search} parameter, split the way Django REST Framework's SearchFilter
 * does: on whitespace (a quoted phrase stays one term), then unquoted tokens on commas; empty
 * terms are dropped. A file must match every term. A NUL character is rejected.
 */
public record SearchTerms(List<String> terms) {
    public static final SearchTerms NONE = new SearchTerms(List.of());

    /** Python's whitespace ({@code \s}, {@code str.strip()}): Unicode White_Space plus U+001C..U+001F. */
    private static final String SPACE = "\\s\\x{1C}-\\x{1F}";

    /**
     * Django's smart_split: runs of non-space text, with quoted strings (and their escapes) kept whole.
     * As in Python, {@code .} matches every character but a line feed (UNIX_LINES).
     */
    private static final Pattern SMART_SPLIT = Pattern.compile(
            "((?:[^" + SPACE + "'\"]*(?:(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')[^" + SPACE + "'\"]*)+)|[^" + SPACE + "]+)",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES);
    private static final Pattern OUTER_SPACE = Pattern.compile("\\A[" + SPACE + "]+|[" + SPACE + "]+\\z",
            Pattern.UNICODE_CHARACTER_CLASS);

    public SearchTerms {
        terms = List.copyOf(terms);
    }

    public static SearchTerms parse(String value) {
        if (value == null) {
            return NONE;
        }
        if (value.indexOf('\0') >= 0) {
            throw InvalidException.of("search", new Problem.NullCharacters());
        }
        List<String> terms = new ArrayList<>();
        var matcher = SMART_SPLIT.matcher(value);
        while (matcher.find()) {
            String term = strip(matcher.group(), ',');
            if (!term.isEmpty() && (term.charAt(0) == '"' || term.charAt(0) == '\'')
                    && term.charAt(0) == term.charAt(term.length() - 1)) {
                addIfNotEmpty(terms, unescape(term));
            } else {
                for (String sub : term.split(",", -1)) {
                    addIfNotEmpty(terms, OUTER_SPACE.matcher(sub).replaceAll(""));
                }
            }
        }
        return new SearchTerms(terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    private static void addIfNotEmpty(List<String> terms, String term) {
        if (!term.isEmpty()) {
            terms.add(term);
        }
    }

    /** Django's unescape_string_literal: drop the quotes, undo escaped quotes and backslashes. A lone quote is "". */
    private static String unescape(String literal) {
        if (literal.length() < 2) {
            return "";
        }
        char quote = literal.charAt(0);
        return literal.substring(1, literal.length() - 1)
                .replace("\\" + quote, String.valueOf(quote))
                .replace("\\\\", "\\");
    }

    private static String strip(String s, char c) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == c) {
            start++;
        }
        while (end > start && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(start, end);
    }
}
