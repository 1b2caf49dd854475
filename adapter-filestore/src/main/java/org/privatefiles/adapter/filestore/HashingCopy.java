package org.privatefiles.adapter.filestore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import org.privatefiles.domain.failure.TooLargeException;
import org.privatefiles.domain.file.Md5;

/** Copies a stream into a file through one fixed-size buffer, counting and hashing on the way, with early background flushes. */
final class HashingCopy {
    static final int BUFFER_SIZE = 1 << 20;
    /** Bytes between early flushes; {@link Long#MAX_VALUE} leaves all the disk work to the final force. */
    static final long FLUSH_STEP = 64L << 20;

    private final long flushStep;

    HashingCopy(long flushStep) {
        if (flushStep <= 0) {
            throw new IllegalArgumentException("flushStep must be positive: " + flushStep);
        }
        this.flushStep = flushStep;
    }

    /** Copies {@code in} to its end into {@code out}; more than {@code maxBytes} is a {@link TooLargeException}. */
    Copied copy(InputStream in, FileChannel out, long maxBytes) throws IOException {
        byte[] bytes = new byte[BUFFER_SIZE];
        MessageDigest md5 = Md5.newDigest();
        long total = 0;
        long nextFlush = flushStep;
        try (var flush = new BackgroundFlush(out)) {
            for (int n = in.readNBytes(bytes, 0, bytes.length); n > 0; n = in.readNBytes(bytes, 0, bytes.length)) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                md5.update(bytes, 0, n);
                for (int at = 0; at < n; ) {
                    at += out.write(ByteBuffer.wrap(bytes, at, Math.min(n - at, IoSlice.MAX)));
                }
                // Without this the page cache holds everything until the final force, which then
                // writes it all while nothing else happens; this lets the disk work during hashing.
                if (total >= nextFlush && flush.startIfIdle()) {
                    nextFlush = total + flushStep;
                }
            }
        }
        return new Copied(total, Md5.hex(md5));
    }
}
