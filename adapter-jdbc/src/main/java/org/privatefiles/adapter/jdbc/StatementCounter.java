package org.privatefiles.adapter.jdbc;

import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/** Counts the statements JDBI runs (for operations, and for the test that bounds a request's round trips). */
final class StatementCounter implements SqlLogger {
    private final LongAdder statements = new LongAdder();

    @Override
    public void logBeforeExecution(StatementContext context) {
        statements.increment();
    }

    long count() {
        return statements.sum();
    }
}
