package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.application.contract.ThrottleStoreContract;
import org.privatefiles.application.port.out.ThrottleStore;

/** The {@link ThrottleStoreContract} on PostgreSQL (a fresh schema for the class). */
class PostgresThrottleStoreContractTest extends ThrottleStoreContract {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.postgres();

    @Override
    protected ThrottleStore store() {
        return DATABASE.persistence().throttle();
    }
}
