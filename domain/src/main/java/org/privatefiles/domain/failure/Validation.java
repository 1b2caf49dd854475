package org.privatefiles.domain.failure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects field problems while checking an input, then throws them all at once. */
public final class Validation {
    private final Map<String, List<Problem>> problems = new LinkedHashMap<>();

    public Validation add(String field, Problem problem) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
        return this;
    }

    /** Records every problem of another check's findings. */
    public Validation addAll(Map<String, List<Problem>> found) {
        found.forEach((field, list) -> list.forEach(p -> add(field, p)));
        return this;
    }

    /** Runs a check and records its {@link InvalidException} problems instead of throwing. */
    public Validation check(Runnable check) {
        try {
            check.run();
        } catch (InvalidException e) {
            addAll(e.problems());
        }
        return this;
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidException(problems);
        }
    }
}
