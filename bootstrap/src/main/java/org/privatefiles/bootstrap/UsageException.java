package org.privatefiles.bootstrap;

/** Failure: the command line is wrong (unknown command or flag, missing or bad value); exit status 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
