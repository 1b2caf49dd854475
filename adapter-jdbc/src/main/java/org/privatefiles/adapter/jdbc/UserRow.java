package org.privatefiles.adapter.jdbc;

import org.privatefiles.application.port.out.UserAccount;
import org.privatefiles.domain.actor.UserId;

/** A row of {@code users}. */
record UserRow(long id, String email, String passwordHash, boolean machine) {
    static final String SELECT = "SELECT id, email, password_hash, machine FROM users";

    UserAccount toAccount() {
        return new UserAccount(UserId.of(id), email, passwordHash, machine);
    }
}
