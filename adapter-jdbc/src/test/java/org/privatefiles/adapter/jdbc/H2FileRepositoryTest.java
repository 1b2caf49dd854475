package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link FileRepositoryTest} on embedded H2. */
class H2FileRepositoryTest extends FileRepositoryTest {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.h2();

    @Override
    JdbcPersistence persistence() {
        return DATABASE.persistence();
    }

    @Override
    String url() {
        return DATABASE.url();
    }
}
