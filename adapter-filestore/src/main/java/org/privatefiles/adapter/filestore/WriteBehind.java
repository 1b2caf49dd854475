package org.privatefiles.adapter.filestore;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes filled buffers to a file on a helper thread, in order, and hands them back empty, so that
 * the caller can hash the next buffer meanwhile: copying into the page cache costs about as much
 * CPU as MD5. The first failed write fails every later call; closing waits for the helper to end.
 */
final class WriteBehind implements AutoCloseable {
    private static final Filled END = new Filled(new byte[0], 0);

    private final FileChannel out;
    private final BlockingQueue<byte[]> empty;
    private final BlockingQueue<Filled> filled;
    private final Thread writer;
    private volatile IOException failure;
    private boolean ended;

    private record Filled(byte[] bytes, int length) {
    }

    /** {@code buffers} buffers of its own, and room for one more of the caller's, handed in with {@link #write}. */
    WriteBehind(FileChannel out, int buffers, int bufferSize) {
        this.out = out;
        this.empty = new ArrayBlockingQueue<>(buffers + 1);
        this.filled = new ArrayBlockingQueue<>(buffers + 2);
        for (int i = 0; i < buffers; i++) {
            empty.add(new byte[bufferSize]);
        }
        this.writer = new Thread(this::run, "content-store-write");
        writer.setDaemon(true);
        writer.start();
    }

    /** A buffer to fill, waiting until the helper has written one. */
    byte[] emptyBuffer() throws IOException {
        throwIfFailed();
        try {
            return empty.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the disk");
        }
    }

    /** Queues the first {@code length} bytes of a buffer from {@link #emptyBuffer()} (or the caller's one) to be written. */
    void write(byte[] bytes, int length) throws IOException {
        throwIfFailed();
        try {
            filled.put(new Filled(bytes, length));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the disk");
        }
    }

    /** Waits until everything queued is written; a failed write is thrown here at the latest. */
    void finish() throws IOException {
        close();
        throwIfFailed();
    }

    /** Ends the helper after what is queued and waits for it (even when interrupted), so the file is never closed under it. */
    @Override
    public void close() {
        if (!ended) {
            ended = true;
            filled.add(END); // never full: one slot more than there can be buffers
        }
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            Filled next;
            try {
                next = filled.take();
            } catch (InterruptedException e) {
                failure = new InterruptedIOException("the content store's writer was interrupted");
                return;
            }
            if (next == END) {
                return;
            }
            if (failure == null) {
                try {
                    for (int at = 0; at < next.length(); ) {
                        at += out.write(ByteBuffer.wrap(next.bytes(), at, Math.min(next.length() - at, IoSlice.MAX)));
                    }
                } catch (IOException e) {
                    failure = e;
                }
            }
            empty.add(next.bytes());
        }
    }

    private void throwIfFailed() throws IOException {
        IOException failed = failure;
        if (failed != null) {
            throw new IOException("writing the content to disk failed", failed);
        }
    }
}
