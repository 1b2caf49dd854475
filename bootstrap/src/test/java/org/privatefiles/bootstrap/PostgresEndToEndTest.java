package org.privatefiles.bootstrap;

import java.util.List;

/** End to end on PostgreSQL, in a fresh schema dropped afterwards; skipped loudly when PostgreSQL does not answer. */
class PostgresEndToEndTest extends EndToEndTest {
    private PostgresTestDatabase database;

    @Override
    List<String> databaseFlags() {
        if (database == null) {
            database = PostgresTestDatabase.createOrSkip(getClass().getSimpleName());
        }
        return List.of("--db-url", database.url());
    }

    @Override
    void afterAll() {
        if (database != null) {
            database.drop();
        }
    }
}
