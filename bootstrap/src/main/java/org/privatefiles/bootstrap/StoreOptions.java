package org.privatefiles.bootstrap;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.privatefiles.adapter.s3.S3AccessKey;
import org.privatefiles.adapter.s3.S3Location;
import org.privatefiles.adapter.s3.S3StoreSettings;
import picocli.CommandLine.Option;

/** Configuration flags of the content store: the local folder, or an S3-compatible store and how links reach it. */
@FromEnvironment
final class StoreOptions {
    /** The SDK's own variable names, read from the same environment as every other setting. */
    static final String ACCESS_KEY_ENV = "AWS_ACCESS_KEY_ID";
    static final String SECRET_KEY_ENV = "AWS_SECRET_ACCESS_KEY";
    static final String SESSION_TOKEN_ENV = "AWS_SESSION_TOKEN";

    @Option(names = "--store", paramLabel = "s3://BUCKET/PREFIX", converter = TextConverters.S3Store.class,
            description = "<data-dir>/files; s3://BUCKET/PREFIX for an S3-compatible store")
    S3Location s3;

    @Option(names = "--s3-endpoint", paramLabel = "URL", converter = TextConverters.S3Endpoint.class,
            description = "AWS for the region; e.g. http://127.0.0.1:9000")
    URI endpoint;

    @Option(names = "--s3-region", paramLabel = "REGION")
    String region = S3StoreSettings.DEFAULT_REGION;

    @Option(names = "--s3-path-style", paramLabel = "true|false", arity = "1", converter = TextConverters.TrueOrFalse.class,
            description = "(true for MinIO, s3proxy, Ceph)")
    boolean pathStyle;

    @Option(names = "--download-mode", paramLabel = "proxy|redirect", converter = Choices.DownloadModes.class,
            description = "(or redirect: a 307 to the S3 store)")
    DownloadMode downloadMode = DownloadMode.PROXY;

    StoreConfiguration resolve(Map<String, String> env) {
        return new StoreConfiguration(Optional.ofNullable(s3), Optional.ofNullable(endpoint), region.strip(), pathStyle,
                accessKey(env), downloadMode);
    }

    /** Static keys from the environment (as the SDK would read them); with a session token, or none, the SDK's default chain. */
    private static Optional<S3AccessKey> accessKey(Map<String, String> env) {
        String id = env.get(ACCESS_KEY_ENV);
        String secret = env.get(SECRET_KEY_ENV);
        if (id == null || id.isEmpty() || secret == null || secret.isEmpty() || env.containsKey(SESSION_TOKEN_ENV)) {
            return Optional.empty();
        }
        return Optional.of(new S3AccessKey(id, secret));
    }
}
