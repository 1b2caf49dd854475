package org.privatefiles.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.BufferUtil;
import org.privatefiles.application.port.in.StagedContent;

/** Reads a multipart/form-data body in one pass with Jetty's parser: text fields in memory, the file part streamed to a stager. */
final class UploadForm {
    static final long TEXT_LIMIT = 16L * 1024 * 1024;
    private static final int MAX_PARTS = 1000;
    private static final int MAX_PART_HEADERS = 16 * 1024;

    /** Stores file content as it streams in, and removes it again. */
    interface Stager {
        StagedContent stage(InputStream content, String fileName);

        void discard(StagedContent content);
    }

    /** The text fields, and the staged file part (null when none was submitted). */
    record Result(FormFields fields, StagedContent file) {
    }

    private final RequestContent body;
    private final String fileField;
    private final Stager stager;
    private final Parts parts = new Parts();
    private final MultiPart.Parser parser;
    private RuntimeException pumpFailure;

    private UploadForm(RequestContent body, String boundary, String fileField, Stager stager) {
        this.body = body;
        this.fileField = fileField;
        this.stager = stager;
        this.parser = new MultiPart.Parser(boundary, parts);
        parser.setMaxParts(MAX_PARTS);
        parser.setPartHeadersMaxLength(MAX_PART_HEADERS);
    }

    /** The boundary of a multipart Content-Type; a 400 when it has none. */
    static String boundary(String contentType) {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw HttpProblem.badRequest("Multipart form parse error - Invalid boundary in multipart: None");
        }
        return boundary;
    }

    /** Reads the whole body; the part named {@code fileField} (null: none) is staged, other file parts are skipped. */
    static Result read(RequestContent body, String contentType, String fileField, Stager stager) {
        return new UploadForm(body, boundary(contentType), fileField, stager).read();
    }

    private Result read() {
        StagedContent staged = null;
        boolean stagedOnce = false;
        try {
            while (!parts.complete) {
                if (parts.fileStarted && !stagedOnce) {
                    stagedOnce = true;
                    staged = stageFile();
                } else {
                    pump();
                }
            }
            if (staged != null && staged.size() == 0 && "".equals(parts.fileName)) {
                stager.discard(staged); // an empty file input: nothing was chosen
                staged = null;
            }
            return new Result(parts.fields, staged);
        } catch (RuntimeException e) {
            if (staged != null) {
                stager.discard(staged);
            }
            throw e;
        } finally {
            parts.releaseQueued();
            body.close();
        }
    }

    private StagedContent stageFile() {
        try (InputStream in = new FileStream()) {
            return stager.stage(in, parts.fileName);
        } catch (IOException | RuntimeException e) {
            if (pumpFailure != null) {
                throw pumpFailure;
            }
            throw e instanceof RuntimeException re ? re : new UncheckedIOException((IOException) e);
        }
    }

    /** Reads one network chunk and lets the parser emit its events. */
    private void pump() {
        Content.Chunk chunk;
        try {
            chunk = body.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean last = chunk.isLast();
        try {
            parser.parse(chunk);
        } finally {
            chunk.release();
        }
        if (parts.failure != null) {
            throw HttpProblem.badRequest("Multipart form parse error - " + parts.failure.getMessage());
        }
        if (parts.textBytes > TEXT_LIMIT) {
            throw HttpProblem.tooLarge("The form fields are too large.");
        }
        if (last && !parts.complete) {
            throw HttpProblem.badRequest("Multipart form parse error - the body ended before the closing boundary.");
        }
    }

    /** The file part's bytes, copied out of the retained chunk slices the parser emitted. */
    private final class FileStream extends InputStream {
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
                Content.Chunk head = parts.fileChunks.peek();
                if (head != null) {
                    if (head.hasRemaining()) {
                        int n = Math.min(len, head.remaining());
                        head.getByteBuffer().get(b, off, n);
                        return n;
                    }
                    parts.fileChunks.poll().release();
                    continue;
                }
                if (parts.fileEnded) {
                    return -1;
                }
                try {
                    pump();
                } catch (RuntimeException e) {
                    pumpFailure = e;
                    throw new IOException("the upload could not be read: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Receives the parser's events: text fields into memory, file content into a queue. */
    private final class Parts extends MultiPart.AbstractPartsListener {
        private final FormFields fields = new FormFields();
        private final ArrayDeque<Content.Chunk> fileChunks = new ArrayDeque<>();
        private final ByteArrayOutputStream text = new ByteArrayOutputStream();
        private Charset textCharset = StandardCharsets.UTF_8;
        private boolean inFile;
        private boolean skipping;
        private boolean fileStarted;
        private boolean fileEnded;
        private String fileName;
        private long textBytes;
        private boolean complete;
        private Throwable failure;

        @Override
        public void onPartHeader(String name, String value) {
            super.onPartHeader(name, value);
            if ("content-type".equalsIgnoreCase(name)) {
                textCharset = charsetOf(value);
            }
        }

        @Override
        public void onPartHeaders() {
            String name = getName();
            inFile = false;
            skipping = false;
            if (fileField != null && fileField.equals(name) && !fileStarted && getFileName() != null) {
                inFile = true;
                fileStarted = true;
                fileName = getFileName();
            } else if (getFileName() != null || name == null) {
                skipping = true;
            } else {
                text.reset();
            }
        }

        @Override
        public void onPartContent(Content.Chunk chunk) {
            if (!chunk.hasRemaining() || skipping) {
                return;
            }
            if (inFile) {
                if (chunk.canRetain()) {
                    chunk.retain();
                    fileChunks.add(chunk);
                } else {
                    fileChunks.add(Content.Chunk.from(BufferUtil.copy(chunk.getByteBuffer()), false));
                }
                return;
            }
            int n = chunk.remaining();
            textBytes += n;
            if (textBytes <= TEXT_LIMIT) {
                var buffer = chunk.getByteBuffer().slice();
                byte[] bytes = new byte[n];
                buffer.get(bytes);
                text.write(bytes, 0, n);
            }
        }

        @Override
        public void onPart(String name, String partFileName, HttpFields headers) {
            if (inFile) {
                fileEnded = true;
            } else if (!skipping && textBytes <= TEXT_LIMIT) {
                fields.add(name, text.toString(textCharset));
            }
            inFile = false;
            skipping = false;
            textCharset = StandardCharsets.UTF_8;
        }

        @Override
        public void onComplete() {
            complete = true;
        }

        @Override
        public void onFailure(Throwable cause) {
            failure = cause;
        }

        void releaseQueued() {
            for (Content.Chunk chunk = fileChunks.poll(); chunk != null; chunk = fileChunks.poll()) {
                chunk.release();
            }
        }

        private static Charset charsetOf(String contentType) {
            for (String param : contentType.split(";")) {
                String p = param.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").strip());
                    } catch (RuntimeException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
            return StandardCharsets.UTF_8;
        }
    }
}
