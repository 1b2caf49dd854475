package org.privatefiles.application.service;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.privatefiles.domain.failure.UnauthenticatedException;
import org.privatefiles.application.port.out.TokenRecord;

/** The token rule, once: a non-blank token (surrounding blanks ignored) whose SHA-256 is stored, unexpired and unrevoked. */
final class TokenCheck {
    private final Clock clock;

    TokenCheck(Clock clock) {
        this.clock = clock;
    }

    /** What {@code lookUp} finds under the token's SHA-256, when the token it carries is valid now; else 401. */
    <T> T require(String token, Function<String, Optional<T>> lookUp, Function<T, TokenRecord> record) {
        if (token == null || token.isBlank()) {
            throw new UnauthenticatedException("Invalid token.");
        }
        return lookUp.apply(Tokens.sha256(token.strip()))
                .filter(found -> record.apply(found).isValidAt(clock.instant()))
                .orElseThrow(() -> new UnauthenticatedException("Invalid token."));
    }
}
