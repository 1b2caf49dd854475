package org.privatefiles.adapter.s3;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.privatefiles.application.port.out.StoredContent;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Writes a stream under an object key with fixed memory: one PutObject when it fits in one part,
 * else a multipart upload that sends one part while the next is read (two part buffers), aborted
 * on any failure so that nothing is kept.
 */
final class StreamedWrite {
    private static final String OCTET_STREAM = "application/octet-stream";

    private final S3Client s3;
    private final String bucket;
    private final PartBuffers buffers;
    private final ExecutorService senders;

    StreamedWrite(S3Client s3, String bucket, PartBuffers buffers, ExecutorService senders) {
        this.s3 = s3;
        this.bucket = bucket;
        this.buffers = buffers;
        this.senders = senders;
    }

    StoredContent write(String key, String objectKey, InputStream in, long maxBytes) {
        var source = new HashedSource(in, maxBytes);
        byte[] first = buffers.take();
        int n = source.fill(first);
        if (n < first.length) {
            byte[] md5 = source.md5();
            try {
                s3.putObject(r -> r.bucket(bucket).key(objectKey).contentLength((long) n)
                        .contentMD5(Base64.getEncoder().encodeToString(md5)), body(first, n));
            } catch (SdkException e) {
                throw S3Failures.io(e);
            } finally {
                buffers.give(first);
            }
            return new StoredContent(key, source.size(), HexFormat.of().formatHex(md5));
        }
        return multipart(key, objectKey, source, first, n);
    }

    private StoredContent multipart(String key, String objectKey, HashedSource source, byte[] first, int firstLength) {
        String uploadId;
        try {
            uploadId = s3.createMultipartUpload(r -> r.bucket(bucket).key(objectKey)).uploadId();
        } catch (SdkException e) {
            buffers.give(first);
            throw S3Failures.io(e);
        }
        byte[] second = buffers.take();
        List<CompletedPart> parts = new ArrayList<>();
        Future<CompletedPart> sending = null;
        try {
            byte[] filled = first;
            int n = firstLength;
            int number = 1;
            while (n > 0) {
                if (sending != null) {
                    parts.add(await(sending));
                }
                sending = send(objectKey, uploadId, number++, filled, n);
                // The other buffer is free: the part that used it was awaited above.
                filled = filled == first ? second : first;
                n = source.fill(filled);
            }
            parts.add(await(sending));
            sending = null;
            s3.completeMultipartUpload(r -> r.bucket(bucket).key(objectKey).uploadId(uploadId)
                    .multipartUpload(u -> u.parts(parts)));
        } catch (SdkException e) {
            abort(objectKey, uploadId, sending, e);
            throw S3Failures.io(e);
        } catch (RuntimeException | Error e) {
            abort(objectKey, uploadId, sending, e);
            throw e;
        }
        buffers.give(first);
        buffers.give(second);
        return new StoredContent(key, source.size(), HexFormat.of().formatHex(source.md5()));
    }

    private Future<CompletedPart> send(String objectKey, String uploadId, int number, byte[] buffer, int length) {
        return senders.submit(() -> {
            String etag = s3.uploadPart(r -> r.bucket(bucket).key(objectKey).uploadId(uploadId).partNumber(number)
                    .contentLength((long) length), body(buffer, length)).eTag();
            return CompletedPart.builder().partNumber(number).eTag(etag).build();
        });
    }

    /** Waits for the part in flight (so its buffer is no longer read), then aborts; the buffers are dropped, not reused. */
    private void abort(String objectKey, String uploadId, Future<CompletedPart> sending, Throwable failure) {
        if (sending != null) {
            try {
                sending.get();
            } catch (ExecutionException | CancellationException e) {
                // the part's own failure changes nothing: the upload is aborted anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            s3.abortMultipartUpload(r -> r.bucket(bucket).key(objectKey).uploadId(uploadId));
        } catch (SdkException e) {
            // The sweeper aborts what is left (removeUnfinishedWritesBefore).
            failure.addSuppressed(e);
        }
    }

    private static CompletedPart await(Future<CompletedPart> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a part was being sent", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SdkException sdk) {
                throw S3Failures.io(sdk);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length, OCTET_STREAM);
    }
}
