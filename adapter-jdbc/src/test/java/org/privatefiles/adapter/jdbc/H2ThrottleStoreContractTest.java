package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.application.contract.ThrottleStoreContract;
import org.privatefiles.application.port.out.ThrottleStore;

/** The {@link ThrottleStoreContract} on embedded H2 (a fresh file database for the class). */
class H2ThrottleStoreContractTest extends ThrottleStoreContract {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.h2();

    @Override
    protected ThrottleStore store() {
        return DATABASE.persistence().throttle();
    }
}
