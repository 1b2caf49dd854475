package org.privatefiles.adapter.filestore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import org.privatefiles.domain.failure.TooLargeException;
import org.privatefiles.domain.file.Md5;

/**
 * Copies a stream into a file, counting and hashing on the caller's thread while a helper writes
 * the buffers hashed before ({@link WriteBehind}); content that fits one buffer is written inline.
 * Early background flushes let the disk work during the copy.
 */
final class HashingCopy {
    static final int BUFFER_SIZE = 512 * 1024;
    static final int BUFFERS = 3;
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
        MessageDigest md5 = Md5.newDigest();
        byte[] first = new byte[BUFFER_SIZE];
        int n = in.readNBytes(first, 0, first.length);
        long total = count(n, 0, maxBytes);
        md5.update(first, 0, n);
        if (n < first.length) {
            for (int at = 0; at < n; ) {
                at += out.write(ByteBuffer.wrap(first, at, Math.min(n - at, IoSlice.MAX)));
            }
            return new Copied(total, Md5.hex(md5));
        }
        long nextFlush = flushStep;
        try (var flush = new BackgroundFlush(out); var writes = new WriteBehind(out, BUFFERS, BUFFER_SIZE)) {
            writes.write(first, n);
            for (byte[] bytes = writes.emptyBuffer(); ; bytes = writes.emptyBuffer()) {
                n = in.readNBytes(bytes, 0, bytes.length);
                if (n == 0) {
                    break;
                }
                total = count(n, total, maxBytes);
                md5.update(bytes, 0, n);
                writes.write(bytes, n);
                // Without this the page cache holds everything until the final force, which then
                // writes it all while nothing else happens; this lets the disk work during hashing.
                if (total >= nextFlush && flush.startIfIdle()) {
                    nextFlush = total + flushStep;
                }
            }
            writes.finish();
        }
        return new Copied(total, Md5.hex(md5));
    }

    private static long count(int n, long before, long maxBytes) {
        long total = before + n;
        if (total > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        return total;
    }
}
