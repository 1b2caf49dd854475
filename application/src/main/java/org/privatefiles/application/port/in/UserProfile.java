package org.privatefiles.application.port.in;

import org.privatefiles.domain.actor.UserId;

/** What others may see of a user: the id and the email. */
public record UserProfile(UserId id, String email) {
}
