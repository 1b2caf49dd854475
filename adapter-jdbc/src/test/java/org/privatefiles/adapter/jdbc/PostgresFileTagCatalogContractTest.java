package org.privatefiles.adapter.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.application.contract.FileTagCatalogContract;
import org.privatefiles.application.port.out.FileTagCatalog;

/** The {@link FileTagCatalogContract} on PostgreSQL (a fresh schema for the class). */
class PostgresFileTagCatalogContractTest extends FileTagCatalogContract {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.postgres();

    @Override
    protected FileTagCatalog catalog() {
        return DATABASE.persistence().tags();
    }
}
