package org.privatefiles.domain.failure;

/** Base of every failure the core reports; unchecked, one subclass per kind. */
public abstract class PrivateFilesException extends RuntimeException {
    protected PrivateFilesException(String message) {
        super(message);
    }

    protected PrivateFilesException(String message, Throwable cause) {
        super(message, cause);
    }
}
