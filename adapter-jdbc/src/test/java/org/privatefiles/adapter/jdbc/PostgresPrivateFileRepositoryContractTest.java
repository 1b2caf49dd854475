package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.application.contract.PrivateFileRepositoryContract;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.application.port.out.PrivateFileRepository;

/** The {@link PrivateFileRepositoryContract} on PostgreSQL (a fresh schema for the class). */
class PostgresPrivateFileRepositoryContractTest extends PrivateFileRepositoryContract {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.postgres();

    @Override
    protected PrivateFileRepository files() {
        return DATABASE.persistence().files();
    }

    @Override
    protected FileTagCatalog tags() {
        return DATABASE.persistence().tags();
    }

    @Override
    protected Directory directory() {
        return DATABASE.persistence().directory();
    }
}
