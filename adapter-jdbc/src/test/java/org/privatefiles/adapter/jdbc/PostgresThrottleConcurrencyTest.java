package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ThrottleConcurrencyTest} on PostgreSQL. */
class PostgresThrottleConcurrencyTest extends ThrottleConcurrencyTest {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.postgres();

    @Override
    JdbcPersistence persistence() {
        return DATABASE.persistence();
    }
}
