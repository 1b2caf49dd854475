package org.privatefiles.adapter.jdbc;

/** {@link MigrationsTest} on embedded H2. */
class H2MigrationsTest extends MigrationsTest {
    @Override
    TestDatabase newDatabase() {
        return H2TestDatabase.create();
    }

    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
