package org.privatefiles.adapter.jdbc;

/** {@link MigrationsTest} on PostgreSQL. */
class PostgresMigrationsTest extends MigrationsTest {
    @Override
    TestDatabase newDatabase() {
        return PostgresTestDatabase.createOrSkip();
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
