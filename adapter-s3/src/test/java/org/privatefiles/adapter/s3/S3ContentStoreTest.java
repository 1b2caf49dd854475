package org.privatefiles.adapter.s3;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.privatefiles.application.contract.ContentStoreContract;
import org.privatefiles.application.port.out.ContentStore;

/** The content store contract on a real S3 implementation (s3proxy in process), under a key prefix, with the smallest part size S3 allows. */
class S3ContentStoreTest extends ContentStoreContract {
    private static LocalS3 s3;
    private S3ContentStore store;

    @BeforeAll
    static void startS3() {
        s3 = LocalS3.start();
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @BeforeEach
    void openStore() {
        store = S3ContentStore.open(s3.newBucket("tenant/files").withPartBytes(S3StoreSettings.MIN_PART_BYTES));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    protected ContentStore store() {
        return store;
    }
}
