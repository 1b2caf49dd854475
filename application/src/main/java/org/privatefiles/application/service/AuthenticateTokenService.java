package org.privatefiles.application.service;

import java.time.Clock;
import java.util.function.Function;
import org.privatefiles.application.port.in.AuthenticateTokenUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.TokenRecord;
import org.privatefiles.domain.actor.UserId;

/** Service: looks a token up by its SHA-256 and accepts it while unexpired and unrevoked. */
public final class AuthenticateTokenService implements AuthenticateTokenUseCase {
    private final Directory directory;
    private final TokenCheck tokens;

    public AuthenticateTokenService(Directory directory, Clock clock) {
        this.directory = directory;
        this.tokens = new TokenCheck(clock);
    }

    @Override
    public UserId authenticate(String token) {
        return tokens.require(token, directory::findToken, Function.<TokenRecord>identity()).user();
    }
}
