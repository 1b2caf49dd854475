package org.privatefiles.domain.failure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects field errors while checking an input, then throws them all at once. */
public final class Validation {
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public Validation add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    /** Runs a check and records its {@link InvalidException} messages instead of throwing. */
    public Validation check(Runnable check) {
        try {
            check.run();
        } catch (InvalidException e) {
            e.errors().forEach((field, messages) -> messages.forEach(m -> add(field, m)));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
    }
}
