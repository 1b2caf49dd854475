package org.privatefiles.adapter.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.BufferUtil;

/**
 * A multipart/form-data body pulled one part at a time through Jetty's parser, on the caller's
 * thread: each part's content streams as it arrives, straight out of the network buffers.
 * A malformed body is a 400 {@link BrokenBody}.
 */
final class MultipartReader implements AutoCloseable {
    private static final int MAX_PARTS = 1000;
    private static final int MAX_PART_HEADERS = 16 * 1024;
    private static final Object PART_END = new Object();
    private static final Object BODY_END = new Object();

    /** One part: its field name, its file name (null for a plain field), its Content-Type (or null), and its bytes. */
    record Part(String name, String fileName, String contentType, InputStream content) {
    }

    private final Content.Source body;
    private final MultiPart.Parser parser;
    /** What the parser emitted and nobody has taken yet, in order: parts, content chunks, part and body ends. */
    private final ArrayDeque<Object> events = new ArrayDeque<>();
    private boolean inPart;
    private PartContent current;
    private Throwable parseFailure;

    MultipartReader(Content.Source body, String contentType) {
        this.body = body;
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw HttpProblem.badRequest("Multipart form parse error - Invalid boundary in multipart: None");
        }
        this.parser = new MultiPart.Parser(boundary, new Events());
        parser.setMaxParts(MAX_PARTS);
        parser.setPartHeadersMaxLength(MAX_PART_HEADERS);
    }

    /** The next part, after skipping what is left of the one before; null after the last. */
    Part next() throws IOException {
        while (inPart) {
            release(take());
        }
        if (current != null) {
            current.ended = true;
        }
        Object event = take();
        if (event == BODY_END) {
            events.push(BODY_END);
            return null;
        }
        inPart = true;
        Part part = (Part) event;
        current = (PartContent) part.content();
        return part;
    }

    /** Releases the network buffers still held. */
    @Override
    public void close() {
        events.forEach(MultipartReader::release);
        events.clear();
    }

    /** The next event, leaving it in place: parses more of the body while there is none. */
    private Object peek() throws IOException {
        while (events.isEmpty()) {
            Content.Chunk chunk = RequestBody.nextChunk(body);
            try {
                parser.parse(chunk);
            } finally {
                chunk.release();
            }
            if (parseFailure != null) {
                throw BrokenBody.malformed("Multipart form parse error - " + parseFailure.getMessage());
            }
            if (chunk.isLast() && events.peekLast() != BODY_END) {
                throw BrokenBody.malformed("Multipart form parse error - the body ended before the closing boundary.");
            }
        }
        return events.peek();
    }

    private Object take() throws IOException {
        peek();
        Object event = events.poll();
        if (event == PART_END) {
            inPart = false;
        }
        return event;
    }

    private static void release(Object event) {
        if (event instanceof Content.Chunk chunk) {
            chunk.release();
        }
    }

    /** A part's bytes: they end where the parser saw the part end, or when the reader moves to the next part. */
    private final class PartContent extends InputStream {
        private boolean ended;

        @Override
        public int read() throws IOException {
            Content.Chunk chunk = current();
            return chunk == null ? -1 : chunk.getByteBuffer().get() & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            Content.Chunk chunk = current();
            if (chunk == null) {
                return -1;
            }
            int n = Math.min(len, chunk.remaining());
            chunk.getByteBuffer().get(b, off, n);
            return n;
        }

        /** The chunk the next bytes come from, or null at the part's end. */
        private Content.Chunk current() throws IOException {
            while (!ended) {
                if (peek() instanceof Content.Chunk chunk && chunk.hasRemaining()) {
                    return chunk;
                }
                Object event = take();
                ended = event == PART_END;
                release(event);
            }
            return null;
        }
    }

    /** Turns the parser's callbacks into events, keeping each content chunk until it is read. */
    private final class Events extends MultiPart.AbstractPartsListener {
        private String contentType;

        @Override
        public void onPartHeader(String name, String value) {
            super.onPartHeader(name, value);
            if (HttpHeader.CONTENT_TYPE.is(name)) {
                contentType = value;
            }
        }

        @Override
        public void onPartHeaders() {
            events.add(new Part(getName(), getFileName(), contentType, new PartContent()));
            contentType = null;
        }

        @Override
        public void onPartContent(Content.Chunk chunk) {
            if (!chunk.hasRemaining()) {
                return;
            }
            if (chunk.canRetain()) {
                chunk.retain();
                events.add(chunk);
            } else {
                events.add(Content.Chunk.from(BufferUtil.copy(chunk.getByteBuffer()), false));
            }
        }

        @Override
        public void onPart(String name, String fileName, HttpFields headers) {
            events.add(PART_END);
        }

        @Override
        public void onComplete() {
            events.add(BODY_END);
        }

        @Override
        public void onFailure(Throwable cause) {
            parseFailure = cause;
        }
    }
}
