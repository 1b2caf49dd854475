package org.privatefiles.domain.failure;

/** Failure: no valid credentials were presented. */
public final class UnauthenticatedException extends PrivateFilesException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
