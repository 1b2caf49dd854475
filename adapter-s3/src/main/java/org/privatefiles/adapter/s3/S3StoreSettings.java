package org.privatefiles.adapter.s3;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the object store: the location, an endpoint (empty: AWS for the region), the
 * region, path-style addressing, an access key (empty: the SDK's default credentials chain), the
 * part size of multipart writes, and whether downloads may go straight to the store.
 */
public record S3StoreSettings(S3Location location, Optional<URI> endpoint, String region, boolean pathStyle,
                              Optional<S3AccessKey> accessKey, int partBytes, boolean directDownloads) {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final int DEFAULT_PART_BYTES = 8 * 1024 * 1024;
    /** S3 refuses smaller parts (but the last); bigger ones would break the fixed-memory promise. */
    static final int MIN_PART_BYTES = 5 * 1024 * 1024;
    static final int MAX_PART_BYTES = 64 * 1024 * 1024;

    public S3StoreSettings {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKey, "accessKey");
        if (partBytes < MIN_PART_BYTES || partBytes > MAX_PART_BYTES) {
            throw new IllegalArgumentException("partBytes must be from " + MIN_PART_BYTES + " to " + MAX_PART_BYTES + ": " + partBytes);
        }
    }

    /** AWS in the default region, default credentials, 8 MiB parts, downloads through the service. */
    public static S3StoreSettings of(S3Location location) {
        return new S3StoreSettings(location, Optional.empty(), DEFAULT_REGION, false, Optional.empty(), DEFAULT_PART_BYTES, false);
    }

    public S3StoreSettings withEndpoint(URI uri) {
        return new S3StoreSettings(location, Optional.of(uri), region, pathStyle, accessKey, partBytes, directDownloads);
    }

    public S3StoreSettings withRegion(String name) {
        return new S3StoreSettings(location, endpoint, name, pathStyle, accessKey, partBytes, directDownloads);
    }

    public S3StoreSettings withPathStyle(boolean on) {
        return new S3StoreSettings(location, endpoint, region, on, accessKey, partBytes, directDownloads);
    }

    public S3StoreSettings withAccessKey(S3AccessKey key) {
        return new S3StoreSettings(location, endpoint, region, pathStyle, Optional.of(key), partBytes, directDownloads);
    }

    public S3StoreSettings withPartBytes(int bytes) {
        return new S3StoreSettings(location, endpoint, region, pathStyle, accessKey, bytes, directDownloads);
    }

    public S3StoreSettings withDirectDownloads(boolean on) {
        return new S3StoreSettings(location, endpoint, region, pathStyle, accessKey, partBytes, on);
    }
}
