package org.privatefiles.domain.failure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Failure: the input is invalid; carries messages per field ({@value #NON_FIELD} for the rest). */
public final class InvalidException extends PrivateFilesException {
    public static final String NON_FIELD = "non_field_errors";

    private final Map<String, List<String>> errors;

    public InvalidException(Map<String, List<String>> errors) {
        super(errors.toString());
        var copy = new LinkedHashMap<String, List<String>>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.errors = Collections.unmodifiableMap(copy);
    }

    public static InvalidException of(String field, String message) {
        return new InvalidException(Map.of(field, List.of(message)));
    }

    /** Messages by field name, in the order the fields were found invalid. */
    public Map<String, List<String>> errors() {
        return errors;
    }
}
