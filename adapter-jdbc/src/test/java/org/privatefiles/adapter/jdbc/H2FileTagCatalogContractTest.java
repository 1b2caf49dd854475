package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.application.contract.FileTagCatalogContract;
import org.privatefiles.application.port.out.FileTagCatalog;

/** The {@link FileTagCatalogContract} on embedded H2 (a fresh file database for the class). */
class H2FileTagCatalogContractTest extends FileTagCatalogContract {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.h2();

    @Override
    protected FileTagCatalog catalog() {
        return DATABASE.persistence().tags();
    }
}
