package org.privatefiles.application.fake;

import org.privatefiles.application.contract.FileTagCatalogContract;
import org.privatefiles.application.port.out.FileTagCatalog;

/** The file tag catalogue contract on the in-memory fake, one seeded catalogue shared by every test. */
class InMemoryFileTagCatalogTest extends FileTagCatalogContract {
    private static final InMemoryFileTagCatalog CATALOG = InMemoryFileTagCatalog.seeded();

    @Override
    protected FileTagCatalog catalog() {
        return CATALOG;
    }
}
