package org.privatefiles.domain.failure;

/** Failure: the change clashes with existing state (a duplicate, a concurrent change). */
public final class ConflictException extends PrivateFilesException {
    public ConflictException(String message) {
        super(message);
    }
}
