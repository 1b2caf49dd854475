package org.privatefiles.application.port.out;

import java.util.Objects;
import org.privatefiles.domain.actor.UserId;

/** A user as the directory keeps it; {@code passwordHash} is null for users who cannot log in. */
public record UserAccount(UserId id, String email, String passwordHash, boolean machine) {
    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
    }
}
