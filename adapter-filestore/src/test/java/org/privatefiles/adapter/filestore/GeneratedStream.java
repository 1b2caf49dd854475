package org.privatefiles.adapter.filestore;

import java.io.InputStream;
import java.util.Objects;
import java.util.Random;

/** Test input: a long stream of pseudo-random bytes (a random block repeated), made without holding it in memory. */
final class GeneratedStream extends InputStream {
    private static final int BLOCK = (1 << 20) + 4093;

    private final byte[] block;
    private long remaining;
    private int at;

    GeneratedStream(long length, long seed) {
        this.block = new byte[BLOCK];
        new Random(seed).nextBytes(block);
        this.remaining = length;
    }

    /** A stream that never ends. */
    static GeneratedStream endless(long seed) {
        return new GeneratedStream(Long.MAX_VALUE, seed);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length == 0) {
            return 0;
        }
        if (remaining == 0) {
            return -1;
        }
        int n = (int) Math.min(Math.min(length, remaining), BLOCK - at);
        System.arraycopy(block, at, bytes, offset, n);
        at = (at + n) % BLOCK;
        remaining -= n;
        return n;
    }
}
