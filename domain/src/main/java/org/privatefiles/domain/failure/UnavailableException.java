package org.privatefiles.domain.failure;

/** Failure: the database or the content store cannot be reached right now; the same request may succeed later. */
public final class UnavailableException extends PrivateFilesException {
    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
