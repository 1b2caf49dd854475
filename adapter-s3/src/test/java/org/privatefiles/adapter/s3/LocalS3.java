package org.privatefiles.adapter.s3;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 implementation for tests: s3proxy in this JVM on 127.0.0.1 and a free port, keeping
 * objects in memory, checking SigV4 signatures and Content-MD5. One bucket is made per {@link #newBucket}.
 */
public final class LocalS3 implements AutoCloseable {
    public static final String ACCESS_KEY = "local-s3-access";
    public static final String SECRET_KEY = "local-s3-secret-key-for-tests";

    private final S3Proxy proxy;
    private final BlobStore blobs;
    private final URI endpoint;
    private int buckets;

    private LocalS3(S3Proxy proxy, BlobStore blobs, URI endpoint) {
        this.proxy = proxy;
        this.blobs = blobs;
        this.endpoint = endpoint;
    }

    /** Starts s3proxy on the transient (in-memory) store. */
    public static LocalS3 start() {
        return start("transient-nio2", null);
    }

    /** Starts s3proxy keeping objects under a folder (for big objects that should not sit in the heap). */
    public static LocalS3 startOnDisk(Path folder) {
        return start("filesystem-nio2", folder);
    }

    private static LocalS3 start(String provider, Path folder) {
        try {
            var properties = new Properties();
            properties.setProperty("jclouds.identity", ACCESS_KEY);
            properties.setProperty("jclouds.credential", SECRET_KEY);
            if (folder != null) {
                Files.createDirectories(folder);
                properties.setProperty("jclouds.filesystem.basedir", folder.toAbsolutePath().toString());
            }
            BlobStore blobs = BlobStores.create(provider, properties);
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(blobs)
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .stopTimeout(0)
                    .build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
            return new LocalS3(proxy, blobs, URI.create("http://127.0.0.1:" + proxy.getPort()));
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Settings for a store in a new, empty bucket of this server, under {@code prefix}. */
    public S3StoreSettings newBucket(String prefix) {
        String bucket = "bucket-" + (++buckets) + "-" + Long.toHexString(System.nanoTime());
        try (S3Client client = client()) {
            client.createBucket(r -> r.bucket(bucket));
        }
        return settings(new S3Location(bucket, prefix));
    }

    public S3StoreSettings settings(S3Location location) {
        return S3StoreSettings.of(location).withEndpoint(endpoint).withPathStyle(true)
                .withAccessKey(new S3AccessKey(ACCESS_KEY, SECRET_KEY));
    }

    /** A plain SDK client on this server, for looking behind the store's back. */
    public S3Client client() {
        return S3Clients.client(settings(new S3Location("unused", "")));
    }

    @Override
    public void close() {
        try {
            proxy.stop();
            blobs.close();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not stop", e);
        }
    }
}
