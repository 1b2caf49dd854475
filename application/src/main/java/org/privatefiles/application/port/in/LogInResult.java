package org.privatefiles.application.port.in;

import org.privatefiles.domain.actor.UserId;

/** A successful log-in: the new token (shown only now) and who it belongs to. */
public record LogInResult(String token, UserId user, String email) {
}
