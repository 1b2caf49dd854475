package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.application.contract.PrivateFileRepositoryContract;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.application.port.out.PrivateFileRepository;

/** The {@link PrivateFileRepositoryContract} on embedded H2 (a fresh file database for the class). */
class H2PrivateFileRepositoryContractTest extends PrivateFileRepositoryContract {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.h2();

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
