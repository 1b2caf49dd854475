package org.privatefiles.adapter.filestore;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.privatefiles.application.contract.ContentStoreContract;
import org.privatefiles.application.port.out.ContentStore;

/** The content store contract on the local disk store, a fresh root folder per test. */
class LocalDiskContentStoreTest extends ContentStoreContract {
    @TempDir
    Path root;

    private ContentStore store;

    @BeforeEach
    void openStore() {
        store = new LocalDiskContentStore(root);
    }

    @Override
    protected ContentStore store() {
        return store;
    }
}
