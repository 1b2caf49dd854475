package org.privatefiles.adapter.jdbc;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.privatefiles.domain.failure.ConflictException;

/** Turns a unique-key violation (SQL state 23505) into a {@link ConflictException}; other failures pass through. */
final class SqlFailures {
    static final String UNIQUE_VIOLATION = "23505";

    private SqlFailures() {
    }

    /** Runs the action; a unique-key violation anywhere in its cause chain becomes a conflict with this message. */
    static <T> T conflictOnDuplicate(String message, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException(message);
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
