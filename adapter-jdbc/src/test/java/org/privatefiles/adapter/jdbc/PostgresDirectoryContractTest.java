package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.application.contract.DirectoryContract;
import org.privatefiles.application.port.out.Directory;

/** The {@link DirectoryContract} on PostgreSQL (a fresh schema for the class). */
class PostgresDirectoryContractTest extends DirectoryContract {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.postgres();

    @Override
    protected Directory directory() {
        return DATABASE.persistence().directory();
    }
}
