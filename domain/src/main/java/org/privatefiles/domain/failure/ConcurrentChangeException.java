package org.privatefiles.domain.failure;

/** Failure: a write was based on a version of a file that is no longer the stored one; read it again and retry. */
public final class ConcurrentChangeException extends PrivateFilesException {
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
