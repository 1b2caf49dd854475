package org.privatefiles.domain.failure;

/** Failure: the thing asked for does not exist where it was looked for. */
public final class NotFoundException extends PrivateFilesException {
    public NotFoundException(String message) {
        super(message);
    }
}
