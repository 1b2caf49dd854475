package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link FileRepositoryTest} on PostgreSQL. */
class PostgresFileRepositoryTest extends FileRepositoryTest {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.postgres();

    @Override
    JdbcPersistence persistence() {
        return DATABASE.persistence();
    }

    @Override
    String url() {
        return DATABASE.url();
    }
}
