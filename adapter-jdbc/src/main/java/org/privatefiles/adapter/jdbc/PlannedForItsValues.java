package org.privatefiles.adapter.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;

/**
 * Has PostgreSQL plan a listing for its own values every time. After five runs of a prepared
 * statement the driver prepares it on the server, where PostgreSQL may keep one generic plan that
 * cannot see how selective a search pattern is: it then sorted every trigram match (17 ms at
 * 100,000 files) instead of reading the org's newest rows in order until the page is full
 * (1.6 ms). Only listings and counts need it; the primary-key reads keep their cheaper generic plans.
 */
final class PlannedForItsValues implements StatementCustomizer {
    static final PlannedForItsValues INSTANCE = new PlannedForItsValues();

    private PlannedForItsValues() {
    }

    @Override
    public void beforeExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }
}
