package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ThrottleConcurrencyTest} on embedded H2. */
class H2ThrottleConcurrencyTest extends ThrottleConcurrencyTest {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.h2();

    @Override
    JdbcPersistence persistence() {
        return DATABASE.persistence();
    }
}
