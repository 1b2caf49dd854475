package org.privatefiles.application.port.out;

import java.time.Instant;
import java.util.Objects;
import org.privatefiles.domain.actor.UserId;

/** A stored API token: only its SHA-256 (hex), whose it is, when it expires (null: never) and when it was revoked. */
public record TokenRecord(String sha256, UserId user, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    public TokenRecord {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
