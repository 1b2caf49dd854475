package org.privatefiles.application.service;

import org.privatefiles.domain.access.AccessDecision;
import org.privatefiles.domain.failure.ForbiddenException;

/** Turns a refusing access decision into the failure the caller sees. */
final class Refusals {
    private Refusals() {
    }

    static void requireAllowed(AccessDecision decision) {
        if (decision instanceof AccessDecision.Refused refused) {
            throw new ForbiddenException(refused.reason());
        }
    }
}
