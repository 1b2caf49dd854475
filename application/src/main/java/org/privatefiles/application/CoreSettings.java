package org.privatefiles.application;

import java.time.Duration;
import java.util.Objects;
import org.privatefiles.domain.throttle.ThrottleLimits;

/**
 * The core's tunables (API.md §8): throttle limits, upload and part sizes, token lifetime, and
 * the ages after which incomplete uploads, temporary files and unreferenced content are removed.
 */
public record CoreSettings(ThrottleLimits throttleLimits, long maxUploadBytes, long minPartBytes,
                           Duration tokenExpiry, Duration uploadExpiry, Duration temporaryExpiry,
                           Duration orphanContentGrace) {
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 5L * 1024 * 1024 * 1024;
    public static final long DEFAULT_MIN_PART_BYTES = 5L * 1024 * 1024;

    public CoreSettings {
        Objects.requireNonNull(throttleLimits, "throttleLimits");
        Objects.requireNonNull(tokenExpiry, "tokenExpiry");
        Objects.requireNonNull(uploadExpiry, "uploadExpiry");
        Objects.requireNonNull(temporaryExpiry, "temporaryExpiry");
        Objects.requireNonNull(orphanContentGrace, "orphanContentGrace");
        if (maxUploadBytes <= 0 || minPartBytes < 0) {
            throw new IllegalArgumentException("upload sizes must be positive");
        }
    }

    public static CoreSettings defaults() {
        return new CoreSettings(ThrottleLimits.DEFAULT, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_MIN_PART_BYTES,
                Duration.ofDays(7), Duration.ofHours(24), Duration.ofHours(24), Duration.ofHours(1));
    }

    public CoreSettings withThrottleLimits(ThrottleLimits limits) {
        return new CoreSettings(limits, maxUploadBytes, minPartBytes, tokenExpiry, uploadExpiry, temporaryExpiry, orphanContentGrace);
    }

    public CoreSettings withMaxUploadBytes(long bytes) {
        return new CoreSettings(throttleLimits, bytes, minPartBytes, tokenExpiry, uploadExpiry, temporaryExpiry, orphanContentGrace);
    }

    public CoreSettings withMinPartBytes(long bytes) {
        return new CoreSettings(throttleLimits, maxUploadBytes, bytes, tokenExpiry, uploadExpiry, temporaryExpiry, orphanContentGrace);
    }

    public CoreSettings withExpiries(Duration token, Duration upload, Duration temporary) {
        return new CoreSettings(throttleLimits, maxUploadBytes, minPartBytes, token, upload, temporary, orphanContentGrace);
    }

    public CoreSettings withOrphanContentGrace(Duration grace) {
        return new CoreSettings(throttleLimits, maxUploadBytes, minPartBytes, tokenExpiry, uploadExpiry, temporaryExpiry, grace);
    }
}
