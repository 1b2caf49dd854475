package org.privatefiles.domain.failure;

/** Failure: the actor is known but may not do this. */
public final class ForbiddenException extends PrivateFilesException {
    public ForbiddenException(String reason) {
        super(reason);
    }
}
