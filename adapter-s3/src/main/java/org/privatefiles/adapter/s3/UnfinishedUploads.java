package org.privatefiles.adapter.s3;

import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.Part;

/** Multipart uploads under the prefix that were never completed nor aborted (a crashed instance leaves them): found and aborted. */
final class UnfinishedUploads {
    private final S3Client s3;
    private final String bucket;
    private final ObjectKeys keys;

    UnfinishedUploads(S3Client s3, String bucket, ObjectKeys keys) {
        this.s3 = s3;
        this.bucket = bucket;
        this.keys = keys;
    }

    /** Aborts every upload of one of this store's keys that was not written to since the cutoff; returns how many. */
    int abortIdleSince(Instant cutoff) {
        int aborted = 0;
        try {
            for (MultipartUpload upload : s3.listMultipartUploadsPaginator(r -> r.bucket(bucket).prefix(keys.prefix())).uploads()) {
                if (keys.keyOf(upload.key()).isPresent() && lastWritten(upload).isBefore(cutoff) && abort(upload)) {
                    aborted++;
                }
            }
        } catch (SdkException e) {
            throw S3Failures.io(e);
        }
        return aborted;
    }

    /** When the upload was last written to: its newest part, else when it was started. */
    private Instant lastWritten(MultipartUpload upload) {
        Instant last = upload.initiated();
        for (Part part : s3.listPartsPaginator(r -> r.bucket(bucket).key(upload.key()).uploadId(upload.uploadId())).parts()) {
            if (part.lastModified() != null && part.lastModified().isAfter(last)) {
                last = part.lastModified();
            }
        }
        return last;
    }

    private boolean abort(MultipartUpload upload) {
        try {
            s3.abortMultipartUpload(r -> r.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
            return true;
        } catch (SdkException e) {
            if (S3Failures.isNotFound(e)) {
                return false; // completed or aborted meanwhile
            }
            throw e;
        }
    }
}
