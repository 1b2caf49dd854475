package org.privatefiles.domain.failure;

/** Failure: submitted content exceeds the configured maximum size. */
public final class TooLargeException extends PrivateFilesException {
    private final long maxBytes;

    public TooLargeException(long maxBytes) {
        super("File too large: the maximum is " + maxBytes + " bytes.");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
