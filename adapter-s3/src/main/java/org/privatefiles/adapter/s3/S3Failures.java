package org.privatefiles.adapter.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.privatefiles.domain.failure.NotFoundException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns the SDK's failures into the port's: a missing object is not found, anything else an I/O failure. */
final class S3Failures {
    private S3Failures() {
    }

    static boolean isNotFound(SdkException e) {
        return e instanceof S3Exception s3 && s3.statusCode() == 404;
    }

    static boolean isUnsatisfiableRange(SdkException e) {
        return e instanceof S3Exception s3 && s3.statusCode() == 416;
    }

    static RuntimeException translate(SdkException e) {
        return isNotFound(e) ? notFound() : io(e);
    }

    static UncheckedIOException io(SdkException e) {
        return new UncheckedIOException(new IOException("object store: " + e.getMessage(), e));
    }

    static NotFoundException notFound() {
        return new NotFoundException("Not found.");
    }
}
