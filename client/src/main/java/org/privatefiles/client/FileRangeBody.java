package org.privatefiles.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A request body of a file range (between optional head and tail bytes) read in 256 KiB chunks
 * as the client pulls them, each counted to a {@link Progress} and held to a {@link RateLimit}. The
 * JDK's {@code ofInputStream} moves a quarter as fast, and {@code ofFile} takes whole files only.
 */
final class FileRangeBody {
    static final int CHUNK = 256 * 1024;

    private FileRangeBody() {
    }

    static BodyPublisher of(Path file, long offset, long length, byte[] head, byte[] tail, Progress progress, RateLimit limit) {
        Iterable<byte[]> chunks = () -> new Chunks(file, offset, length, head, tail, progress, limit);
        return BodyPublishers.fromPublisher(BodyPublishers.ofByteArrays(chunks), head.length + length + tail.length);
    }

    /** The head, the range chunk by chunk, the tail; the file is open while chunks are left. */
    private static final class Chunks implements Iterator<byte[]> {
        private final Path file;
        private final long end;
        private final byte[] tail;
        private final Progress progress;
        private final RateLimit limit;
        private byte[] head;
        private boolean tailSent;
        private FileChannel channel;
        private long position;

        Chunks(Path file, long offset, long length, byte[] head, byte[] tail, Progress progress, RateLimit limit) {
            this.file = file;
            this.position = offset;
            this.end = offset + length;
            this.head = head;
            this.tail = tail;
            this.progress = progress;
            this.limit = limit;
        }

        @Override
        public boolean hasNext() {
            return head != null || position < end || !tailSent;
        }

        @Override
        public byte[] next() {
            if (head != null) {
                byte[] first = head;
                head = null;
                return first;
            }
            if (position < end) {
                return read();
            }
            if (!tailSent) {
                tailSent = true;
                return tail;
            }
            throw new NoSuchElementException();
        }

        private byte[] read() {
            try {
                if (channel == null) {
                    channel = FileChannel.open(file, StandardOpenOption.READ);
                }
                ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, end - position));
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, position + buffer.position()) < 0) {
                        throw new IOException(file + " ended at " + (position + buffer.position()) + " bytes; it changed while being sent");
                    }
                }
                position += buffer.capacity();
                if (position >= end) {
                    channel.close();
                }
                limit.take(buffer.capacity());
                progress.advance(buffer.capacity());
                return buffer.array();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
