package org.privatefiles.bootstrap;

import java.util.List;

/** The {@code --db-url} flags of one test class on a fresh PostgreSQL schema, made on first use (skipping the class when PostgreSQL does not answer). */
final class PostgresSchemaFlags {
    private PostgresTestDatabase database;

    List<String> of(Class<?> testClass) {
        if (database == null) {
            database = PostgresTestDatabase.createOrSkip(testClass.getSimpleName());
        }
        return List.of("--db-url", database.url());
    }

    /** Drops the schema, if one was made. */
    void drop() {
        if (database != null) {
            database.drop();
        }
    }
}
