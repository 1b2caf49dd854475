package org.privatefiles.adapter.s3;

import java.util.Objects;

/** An access key id and its secret, for stores reached without the SDK's default credentials chain. */
public record S3AccessKey(String id, String secret) {
    public S3AccessKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "S3AccessKey[id=" + id + "]";
    }
}
