package org.privatefiles.adapter.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import org.privatefiles.domain.failure.TooLargeException;
import org.privatefiles.domain.file.Md5;

/** The stream being written, read a buffer at a time, counted against the limit and hashed as the bytes pass. */
final class HashedSource {
    private final InputStream in;
    private final long maxBytes;
    private final MessageDigest digest = Md5.newDigest();
    private long size;

    HashedSource(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Fills the buffer from the start as far as the stream goes; returns how many bytes (fewer than its length only at the end). */
    int fill(byte[] buffer) {
        int filled = 0;
        try {
            while (filled < buffer.length) {
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
                if (size + filled > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digest.update(buffer, 0, filled);
        size += filled;
        return filled;
    }

    long size() {
        return size;
    }

    /** The MD5 of everything read; ask once, at the end. */
    byte[] md5() {
        return digest.digest();
    }
}
