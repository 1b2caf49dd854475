package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.Content;

/** The request body as Jetty's own ByteBuffer chunks, read ahead on demand callbacks into a bounded queue. */
final class RequestContent implements AutoCloseable {
    static final long READ_AHEAD_BYTES = 4L * 1024 * 1024;
    /** Each queued chunk may pin a whole network buffer, so their number is bounded too. */
    static final int READ_AHEAD_CHUNKS = 64;

    private final Content.Source source;
    private final long declaredLength;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<Content.Chunk> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean reading;
    private boolean ended;
    private boolean closed;

    RequestContent(Context ctx) {
        this.source = ServletContextRequest.getServletContextRequest(ctx.req());
        this.declaredLength = ctx.req().getContentLengthLong();
    }

    /** The Content-Length the client declared, or -1. */
    long declaredLength() {
        return declaredLength;
    }

    /** The next chunk, waiting for it (possibly empty; {@code isLast()} at the end); a failed read is a {@link BrokenBody}. */
    Content.Chunk next() throws IOException {
        while (true) {
            Content.Chunk head;
            boolean startReading = false;
            lock.lock();
            try {
                head = queue.poll();
                if (head != null) {
                    queuedBytes -= head.remaining();
                } else if (ended) {
                    return Content.Chunk.EOF;
                }
                if (!reading && !ended && queuedBytes <= READ_AHEAD_BYTES / 2 && queue.size() <= READ_AHEAD_CHUNKS / 2) {
                    reading = true;
                    startReading = true;
                } else if (head == null) {
                    arrived.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the request body");
            } finally {
                lock.unlock();
            }
            if (startReading) {
                fill();
            }
            if (head != null) {
                if (Content.Chunk.isFailure(head)) {
                    throw BrokenBody.of(head.getFailure());
                }
                return head;
            }
        }
    }

    /**
     * Reads what the connection has into the queue, until it has nothing (then asks to be called
     * back when it has), the queue is full, or the body ends. Runs on one thread at a time.
     */
    private void fill() {
        while (true) {
            boolean stop;
            lock.lock();
            try {
                if (closed) {
                    reading = false;
                    return;
                }
                Content.Chunk chunk = source.read();
                if (chunk == null) {
                    stop = false;
                } else {
                    queue.add(chunk);
                    queuedBytes += chunk.remaining();
                    ended = chunk.isLast() || Content.Chunk.isFailure(chunk);
                    stop = ended || queuedBytes >= READ_AHEAD_BYTES || queue.size() >= READ_AHEAD_CHUNKS;
                    if (stop) {
                        reading = false;
                    }
                    arrived.signalAll();
                    if (!stop) {
                        continue;
                    }
                }
            } finally {
                lock.unlock();
            }
            if (!stop) {
                source.demand(this::fill);
            }
            return;
        }
    }

    /** The rest of the body as a stream that copies straight out of the chunks. */
    InputStream stream() {
        return new ChunkStream();
    }

    /** The whole body, refused with a 413 beyond {@code limit} bytes. */
    byte[] readAll(long limit) {
        if (declaredLength > limit) {
            throw HttpProblem.tooLarge("Request body is too large.");
        }
        var out = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 256);
        byte[] buffer = new byte[8192];
        try (InputStream in = stream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw HttpProblem.tooLarge("Request body is too large.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
        return out.toByteArray();
    }

    /** Stops reading ahead and releases the chunks nobody took. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            for (Content.Chunk chunk = queue.poll(); chunk != null; chunk = queue.poll()) {
                chunk.release();
            }
            queuedBytes = 0;
        } finally {
            lock.unlock();
        }
    }

    /** An InputStream over the chunks. */
    private final class ChunkStream extends InputStream {
        private Content.Chunk current;
        private boolean last;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (true) {
                if (current != null && current.hasRemaining()) {
                    int n = Math.min(len, current.remaining());
                    current.getByteBuffer().get(b, off, n);
                    return n;
                }
                if (current != null) {
                    last = current.isLast();
                    current.release();
                    current = null;
                }
                if (last) {
                    return -1;
                }
                current = next();
            }
        }

        @Override
        public void close() {
            if (current != null) {
                current.release();
                current = null;
            }
        }
    }
}
