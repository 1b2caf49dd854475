package org.privatefiles.adapter.filestore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.util.Objects;

/**
 * Reads an open file from its current position, at most a given number of bytes, as a stream or as a
 * channel (a reader with direct buffers skips the copy into the heap); closing it closes the file.
 */
final class RangeInputStream extends InputStream implements ReadableByteChannel {
    private final FileChannel channel;
    private long remaining;

    RangeInputStream(FileChannel channel, long length) {
        this.channel = channel;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length == 0) {
            return 0;
        }
        if (remaining <= 0) {
            return -1;
        }
        int n = channel.read(ByteBuffer.wrap(bytes, offset, (int) Math.min(Math.min(length, IoSlice.MAX), remaining)));
        if (n < 0) {
            remaining = 0;
            return -1;
        }
        remaining -= n;
        return n;
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        if (!target.hasRemaining()) {
            return 0;
        }
        ByteBuffer window = target.slice().limit((int) Math.min(target.remaining(), remaining));
        int n = channel.read(window);
        if (n < 0) {
            remaining = 0;
            return -1;
        }
        target.position(target.position() + n);
        remaining -= n;
        return n;
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = Math.max(0, Math.min(n, Math.min(remaining, channel.size() - channel.position())));
        channel.position(channel.position() + skipped);
        remaining -= skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.min(remaining, channel.size() - channel.position())));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
