package org.privatefiles.domain.failure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Failure: the input is invalid; carries the problems per field ({@value #NON_FIELD} for the input as a whole). */
public final class InvalidException extends PrivateFilesException {
    public static final String NON_FIELD = "input";

    private final Map<String, List<Problem>> problems;

    public InvalidException(Map<String, List<Problem>> problems) {
        super(describe(problems));
        var copy = new LinkedHashMap<String, List<Problem>>();
        problems.forEach((field, found) -> copy.put(field, List.copyOf(found)));
        this.problems = Collections.unmodifiableMap(copy);
    }

    public static InvalidException of(String field, Problem problem) {
        return new InvalidException(Map.of(field, List.of(problem)));
    }

    /** Problems by field name, in the order the fields were found invalid. */
    public Map<String, List<Problem>> problems() {
        return problems;
    }

    /** {@code field: description; field: description ...}, one line. */
    private static String describe(Map<String, List<Problem>> problems) {
        return problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().stream().map(Problem::description).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("; "));
    }
}
