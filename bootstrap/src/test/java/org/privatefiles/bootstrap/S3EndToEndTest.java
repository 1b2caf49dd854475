package org.privatefiles.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.privatefiles.adapter.s3.LocalS3;

/** The whole end-to-end suite with PostgreSQL and the content in an S3 store (s3proxy in process). */
class S3EndToEndTest extends EndToEndTest {
    private PostgresTestDatabase database;
    private LocalS3 s3;
    private List<String> flags;

    @Override
    List<String> databaseFlags() {
        if (flags == null) {
            database = PostgresTestDatabase.createOrSkip(getClass().getSimpleName());
            s3 = LocalS3.start();
            flags = new ArrayList<>(List.of("--db-url", database.url()));
            flags.addAll(S3Flags.of(s3, "e2e"));
        }
        return flags;
    }

    @Override
    Map<String, String> environment() {
        return S3Flags.credentials();
    }

    @Override
    void afterAll() {
        if (database != null) {
            database.drop();
        }
        if (s3 != null) {
            s3.close();
        }
    }
}
