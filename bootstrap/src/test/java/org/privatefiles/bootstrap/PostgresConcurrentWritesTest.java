package org.privatefiles.bootstrap;

import java.util.List;

/** The write race on PostgreSQL, in a fresh schema dropped afterwards; skipped loudly when PostgreSQL does not answer. */
class PostgresConcurrentWritesTest extends ConcurrentWritesTest {
    private final PostgresSchemaFlags schema = new PostgresSchemaFlags();

    @Override
    List<String> databaseFlags() {
        return schema.of(getClass());
    }

    @Override
    void afterAll() {
        schema.drop();
    }
}
