package org.privatefiles.adapter.http;

import org.privatefiles.domain.failure.Problem;

/** A request value that cannot be read into the type its field needs; carries the problem, not yet a field. */
final class UnreadableValue extends RuntimeException {
    private final transient Problem problem;

    UnreadableValue(Problem problem) {
        super(problem.description(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
