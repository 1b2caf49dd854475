package org.privatefiles.application.fake;

import org.privatefiles.application.contract.ContentStoreContract;
import org.privatefiles.application.port.out.ContentStore;

/** The content store contract on the in-memory fake, one store shared by every test. */
class InMemoryContentStoreTest extends ContentStoreContract {
    private static final InMemoryContentStore STORE = new InMemoryContentStore();

    @Override
    protected ContentStore store() {
        return STORE;
    }
}
