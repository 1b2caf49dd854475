package org.privatefiles.application.port.in;

import org.privatefiles.domain.actor.UserId;

/** Use case: tell whose an API token is; {@code UnauthenticatedException} when unknown, expired or revoked. */
public interface AuthenticateTokenUseCase {
    UserId authenticate(String token);
}
