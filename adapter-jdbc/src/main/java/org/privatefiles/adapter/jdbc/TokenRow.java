package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import org.privatefiles.application.port.out.TokenRecord;
import org.privatefiles.domain.actor.UserId;

/** A row of {@code api_tokens}: a token's SHA-256 hex and its lifetime; the token itself is never stored. */
record TokenRow(String sha256, long userId, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    static final String SELECT = "SELECT sha256, user_id, created_at, expires_at, revoked_at FROM api_tokens";

    TokenRecord toRecord() {
        return new TokenRecord(sha256, UserId.of(userId), createdAt, expiresAt, revokedAt);
    }
}
