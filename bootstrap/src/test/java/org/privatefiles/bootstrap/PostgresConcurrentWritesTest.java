package org.privatefiles.bootstrap;

import java.util.List;

/** The write race on PostgreSQL, in a fresh schema dropped afterwards; skipped loudly when PostgreSQL does not answer. */
class PostgresConcurrentWritesTest extends ConcurrentWritesTest {
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
