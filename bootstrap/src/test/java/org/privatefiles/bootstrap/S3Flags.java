package org.privatefiles.bootstrap;

import java.util.List;
import java.util.Map;
import org.privatefiles.adapter.s3.LocalS3;

/** The flags and environment that point a command at a fresh bucket of the test S3 server. */
final class S3Flags {
    private S3Flags() {
    }

    /** Makes a new bucket and returns the flags for a store under {@code prefix} in it. */
    static List<String> of(LocalS3 s3, String prefix) {
        var location = s3.newBucket(prefix).location();
        return List.of("--store", "s3://" + location.bucket() + "/" + prefix,
                "--s3-endpoint", s3.endpoint().toString(), "--s3-path-style", "true");
    }

    /** The access key as the SDK reads it from the environment. */
    static Map<String, String> credentials() {
        return Map.of(StoreOptions.ACCESS_KEY_ENV, LocalS3.ACCESS_KEY, StoreOptions.SECRET_KEY_ENV, LocalS3.SECRET_KEY);
    }
}
