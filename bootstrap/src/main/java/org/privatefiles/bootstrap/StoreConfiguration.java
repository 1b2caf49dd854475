package org.privatefiles.bootstrap;

import java.net.URI;
import java.util.Optional;
import org.privatefiles.adapter.s3.S3AccessKey;
import org.privatefiles.adapter.s3.S3Location;
import org.privatefiles.adapter.s3.S3StoreSettings;

/**
 * Where content lives: the local folder in the data dir (no S3 location), or an S3-compatible
 * store with its endpoint, region, addressing and access key (empty: the SDK's default chain).
 */
record StoreConfiguration(Optional<S3Location> s3, Optional<URI> endpoint, String region, boolean pathStyle,
                          Optional<S3AccessKey> accessKey, DownloadMode downloadMode) {

    /** The S3 store's settings; only for an S3 location. */
    S3StoreSettings s3Settings() {
        var settings = S3StoreSettings.of(s3.orElseThrow()).withRegion(region).withPathStyle(pathStyle)
                .withDirectDownloads(downloadMode == DownloadMode.REDIRECT);
        settings = endpoint.map(settings::withEndpoint).orElse(settings);
        return accessKey.map(settings::withAccessKey).orElse(settings);
    }
}
