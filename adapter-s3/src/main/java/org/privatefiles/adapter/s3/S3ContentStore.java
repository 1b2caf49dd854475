package org.privatefiles.adapter.s3;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.privatefiles.application.port.out.ContentKeys;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.DownloadHeaders;
import org.privatefiles.application.port.out.StoredContent;
import org.privatefiles.application.port.out.StoredKey;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Persistence adapter: content as objects under a prefix of an S3 bucket, each under a random key, reachable from every instance. */
public final class S3ContentStore implements ContentStore, AutoCloseable {
    private final S3Client s3;
    private final S3Presigner presigner;
    private final S3StoreSettings settings;
    private final String bucket;
    private final ObjectKeys keys;
    private final ExecutorService senders;
    private final StreamedWrite writer;
    private final UnfinishedUploads unfinished;

    private S3ContentStore(S3Client s3, S3Presigner presigner, S3StoreSettings settings) {
        this.s3 = s3;
        this.presigner = presigner;
        this.settings = settings;
        this.bucket = settings.location().bucket();
        this.keys = new ObjectKeys(settings.location().prefix());
        this.senders = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "s3-part-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.writer = new StreamedWrite(s3, bucket, new PartBuffers(settings.partBytes()), senders);
        this.unfinished = new UnfinishedUploads(s3, bucket, keys);
    }

    /** A store on the bucket and prefix of the settings; the bucket must exist. Close it to release its connections. */
    public static S3ContentStore open(S3StoreSettings settings) {
        return new S3ContentStore(S3Clients.client(settings), S3Clients.presigner(settings), settings);
    }

    @Override
    public StoredContent write(InputStream content, long maxBytes) {
        String key = ContentKeys.newKey();
        return writer.write(key, keys.prefix() + key, content, maxBytes);
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
        }
        String objectKey = objectKey(key);
        if (length == 0) {
            size(key);
            return InputStream.nullInputStream();
        }
        var request = GetObjectRequest.builder().bucket(bucket).key(objectKey);
        if (offset > 0 || length != Long.MAX_VALUE) {
            request.range("bytes=" + offset + "-" + (length > Long.MAX_VALUE - offset ? "" : offset + length - 1));
        }
        try {
            return new ObjectReadStream(s3.getObject(request.build()));
        } catch (SdkException e) {
            if (S3Failures.isUnsatisfiableRange(e)) {
                return InputStream.nullInputStream(); // the object is there, the range starts past its end
            }
            throw S3Failures.translate(e);
        }
    }

    @Override
    public long size(String key) {
        String objectKey = objectKey(key);
        try {
            return s3.headObject(r -> r.bucket(bucket).key(objectKey)).contentLength();
        } catch (SdkException e) {
            throw S3Failures.translate(e);
        }
    }

    @Override
    public boolean exists(String key) {
        Optional<String> objectKey = keys.objectKeyOf(key);
        if (objectKey.isEmpty()) {
            return false;
        }
        try {
            s3.headObject(r -> r.bucket(bucket).key(objectKey.get()));
            return true;
        } catch (SdkException e) {
            if (S3Failures.isNotFound(e)) {
                return false;
            }
            throw S3Failures.io(e);
        }
    }

    /** S3 answers a delete of a missing object with success too, so presence is asked first. */
    @Override
    public boolean delete(String key) {
        if (!exists(key)) {
            return false;
        }
        try {
            s3.deleteObject(r -> r.bucket(bucket).key(objectKey(key)));
            return true;
        } catch (SdkException e) {
            throw S3Failures.translate(e);
        }
    }

    @Override
    public Stream<StoredKey> keys() {
        try {
            return s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(keys.prefix())).contents().stream()
                    .flatMap(object -> keys.keyOf(object.key()).map(key -> new StoredKey(key, object.lastModified())).stream());
        } catch (SdkException e) {
            throw S3Failures.io(e);
        }
    }

    /** Aborts the multipart uploads of writes that never finished (an instance died midway). */
    @Override
    public int removeUnfinishedWritesBefore(Instant cutoff) {
        return unfinished.abortIdleSince(cutoff);
    }

    @Override
    public boolean isAvailable() {
        try {
            s3.headBucket(r -> r.bucket(bucket));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    /** A presigned GET when direct downloads are on; the store answers it with the given headers. */
    @Override
    public Optional<URI> directDownload(String key, DownloadHeaders headers, Duration ttl) {
        if (!settings.directDownloads()) {
            return Optional.empty();
        }
        String objectKey = objectKey(key);
        var presigned = presigner.presignGetObject(p -> p.signatureDuration(ttl).getObjectRequest(r -> r.bucket(bucket)
                .key(objectKey).responseContentType(headers.contentType()).responseContentDisposition(headers.contentDisposition())));
        try {
            return Optional.of(presigned.url().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK presigned an invalid URL", e);
        }
    }

    @Override
    public void close() {
        try (s3; presigner) {
            senders.shutdown();
        }
    }

    @Override
    public String toString() {
        return "S3ContentStore[" + settings.location() + settings.endpoint().map(uri -> " at " + uri).orElse("") + "]";
    }

    private String objectKey(String key) {
        return keys.objectKeyOf(key).orElseThrow(S3Failures::notFound);
    }
}
