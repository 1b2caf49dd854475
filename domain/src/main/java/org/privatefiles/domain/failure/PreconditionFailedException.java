package org.privatefiles.domain.failure;

/** Failure: the client asked for a change of a version of a file that is not the current one; nothing was changed. */
public final class PreconditionFailedException extends PrivateFilesException {
    public PreconditionFailedException(String message) {
        super(message);
    }
}
