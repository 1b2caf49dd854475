package org.privatefiles.adapter.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.port.out.ContentKeys;
import org.privatefiles.application.port.out.DownloadHeaders;
import org.privatefiles.domain.failure.NotFoundException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** What the S3 store does beyond the port contract: multipart uploads left behind, failed writes, presigned downloads. */
class S3StoreBehaviourTest {
    private static final int PART = S3StoreSettings.MIN_PART_BYTES;
    private static LocalS3 s3;

    @BeforeAll
    static void startS3() {
        s3 = LocalS3.start();
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @Test
    void an_abandoned_multipart_upload_is_aborted_once_idle_since_the_cutoff_and_kept_before() {
        var settings = s3.newBucket("p").withPartBytes(PART);
        try (var store = S3ContentStore.open(settings); S3Client client = s3.client()) {
            String bucket = settings.location().bucket();
            String objectKey = "p/" + ContentKeys.newKey();
            String uploadId = client.createMultipartUpload(r -> r.bucket(bucket).key(objectKey)).uploadId();
            client.uploadPart(r -> r.bucket(bucket).key(objectKey).uploadId(uploadId).partNumber(1), RequestBody.fromBytes(new byte[1000]));
            String foreignKey = "p/not-a-store-key";
            client.createMultipartUpload(r -> r.bucket(bucket).key(foreignKey));

            assertThat(store.removeUnfinishedWritesBefore(Instant.now().minus(Duration.ofHours(1)))).isZero();
            assertThat(uploadKeys(client, bucket)).containsExactlyInAnyOrder(objectKey, foreignKey);

            assertThat(store.removeUnfinishedWritesBefore(Instant.now().plus(Duration.ofMinutes(1)))).isEqualTo(1);
            assertThat(uploadKeys(client, bucket)).containsExactly(foreignKey);
        }
    }

    @Test
    void a_write_that_fails_after_several_parts_leaves_no_multipart_upload_and_no_object() {
        var settings = s3.newBucket("").withPartBytes(PART);
        try (var store = S3ContentStore.open(settings); S3Client client = s3.client()) {
            InputStream failing = new RandomStream(3L * PART) {
                @Override
                void beforeRead(long position) throws IOException {
                    if (position > PART + PART / 2) {
                        throw new IOException("client went away");
                    }
                }
            };

            assertThatThrownBy(() -> store.write(failing, Long.MAX_VALUE)).isInstanceOf(UncheckedIOException.class);

            assertThat(uploadKeys(client, settings.location().bucket())).isEmpty();
            try (var keys = store.keys()) {
                assertThat(keys).isEmpty();
            }
        }
    }

    @Test
    void a_direct_download_is_a_presigned_get_that_answers_with_the_given_headers_and_a_range() throws Exception {
        var settings = s3.newBucket("files").withDirectDownloads(true);
        try (var store = S3ContentStore.open(settings)) {
            byte[] bytes = new byte[10_000];
            new Random(1).nextBytes(bytes);
            String key = store.write(new ByteArrayInputStream(bytes), Long.MAX_VALUE).key();
            var headers = new DownloadHeaders("application/pdf", "attachment; filename=\"report.pdf\"");

            var uri = store.directDownload(key, headers, Duration.ofSeconds(60)).orElseThrow();

            var http = HttpClient.newHttpClient();
            HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.body()).isEqualTo(bytes);
            assertThat(whole.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(whole.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"report.pdf\"");
            HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(uri).header("Range", "bytes=100-199").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(part.statusCode()).isEqualTo(206);
            assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 100, 200));
            assertThat(uri.getQuery()).contains("X-Amz-Expires=60");
        }
    }

    @Test
    void without_direct_downloads_there_is_no_direct_link_and_hostile_keys_are_not_found() {
        try (var store = S3ContentStore.open(s3.newBucket(""))) {
            String key = store.write(new ByteArrayInputStream(new byte[10]), Long.MAX_VALUE).key();
            var headers = new DownloadHeaders("text/plain", "attachment");

            assertThat(store.directDownload(key, headers, Duration.ofSeconds(60))).isEmpty();
        }
        try (var store = S3ContentStore.open(s3.newBucket("").withDirectDownloads(true))) {
            assertThatThrownBy(() -> store.directDownload("../x", new DownloadHeaders("text/plain", "attachment"), Duration.ofSeconds(60)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void a_store_on_a_missing_bucket_is_not_available() {
        try (var store = S3ContentStore.open(s3.settings(new S3Location("no-such-bucket", "")))) {
            assertThat(store.isAvailable()).isFalse();
        }
    }

    private static java.util.List<String> uploadKeys(S3Client client, String bucket) {
        return client.listMultipartUploads(r -> r.bucket(bucket)).uploads().stream().map(u -> u.key()).toList();
    }

    /** Pseudo-random bytes made on the fly, with a hook to fail. */
    private static class RandomStream extends InputStream {
        private final long length;
        private final Random random = new Random(7);
        private long position;

        RandomStream(long length) {
            this.length = length;
        }

        void beforeRead(long position) throws IOException {
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            beforeRead(position);
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(Math.min(len, 65_536), length - position);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, b, off, n);
            position += n;
            return n;
        }
    }
}
