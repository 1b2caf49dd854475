package org.privatefiles.application.service;

import java.time.Clock;
import org.privatefiles.application.port.in.AuthenticateTokenUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.TokenRecord;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.UnauthenticatedException;

/** Service: looks a token up by its SHA-256 and accepts it while unexpired and unrevoked. */
public final class AuthenticateTokenService implements AuthenticateTokenUseCase {
    private final Directory directory;
    private final Clock clock;

    public AuthenticateTokenService(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public UserId authenticate(String token) {
        if (token == null || token.isBlank()) {
            throw new UnauthenticatedException("Invalid token.");
        }
        return directory.findToken(Tokens.sha256(token.strip()))
                .filter(record -> record.isValidAt(clock.instant()))
                .map(TokenRecord::user)
                .orElseThrow(() -> new UnauthenticatedException("Invalid token."));
    }
}
