package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.application.contract.DirectoryContract;
import org.privatefiles.application.port.out.Directory;

/** The {@link DirectoryContract} on embedded H2 (a fresh file database for the class). */
class H2DirectoryContractTest extends DirectoryContract {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.h2();

    @Override
    protected Directory directory() {
        return DATABASE.persistence().directory();
    }
}
