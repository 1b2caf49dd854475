package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.HttpOutput;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.RetainableByteBuffer;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.application.port.out.DownloadHeaders;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;

/**
 * {@code GET|HEAD /media/private/{id}/{name}}: a file's bytes for a valid signed link, with Range,
 * ETag and attachment headers; or, when the content store offers it, a 307 to fetch them from the store.
 */
final class DownloadHandler implements Handler {
    private static final int COPY_BUFFER = 256 * 1024;
    private static final int MAX_ATTEMPTS = 5;

    private final PrivateFilesCore core;
    private final DownloadLinks links;

    DownloadHandler(PrivateFilesCore core, DownloadLinks links) {
        this.core = core;
        this.links = links;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        long id = PathIds.positive(ctx.pathParam("id"));
        links.verify(id, ctx.pathParam("name"), ctx.queryParam("Expires"), ctx.queryParam("Signature"), ctx.queryParam("Key-Id"));
        for (int attempt = 1; ; attempt++) {
            PrivateFile file = core.downloadContent().downloadable(FileId.of(id));
            try {
                serve(ctx, file);
                return;
            } catch (NotFoundException gone) {
                // The content may have been replaced (and the old bytes removed) after the file was read.
                var now = core.downloadContent().downloadable(FileId.of(id));
                if (attempt == MAX_ATTEMPTS || now.content().equals(file.content())) {
                    throw gone;
                }
            }
        }
    }

    /** Answers with the file's content; {@code NotFoundException} before anything is sent when the content is gone. */
    private void serve(Context ctx, PrivateFile file) throws IOException {
        ContentFacts content = file.content();
        long size = content.size();
        String etag = "\"" + content.md5() + "\"";
        ctx.header("ETag", etag);
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Cache-Control", "private");
        ctx.header("X-Content-Type-Options", "nosniff");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        String ifRange = ctx.header("If-Range");
        String title = file.title().value();
        var headers = new DownloadHeaders(ContentHeaders.contentType(title, file.uploadedName()),
                ContentHeaders.attachment(ContentHeaders.downloadName(title, file.uploadedName())));
        boolean head = ctx.req().getMethod().equals("HEAD");
        // The store answers Range itself, but knows nothing of our ETag: a stale If-Range is served here.
        if (!head && (ifRange == null || ifRange.strip().equals(etag))) {
            Optional<URI> direct = core.downloadContent().directLink(file, headers);
            if (direct.isPresent()) {
                ctx.redirect(direct.get().toString(), HttpStatus.TEMPORARY_REDIRECT);
                return;
            }
        }
        ByteRange range = ifRange == null || ifRange.strip().equals(etag)
                ? ByteRange.parse(ctx.header("Range"), size)
                : ByteRange.whole(size);
        if (!range.satisfiable()) {
            ctx.header("Content-Range", range.contentRange(size));
            Responses.json(ctx, 416, Map.of("detail", "Requested range not satisfiable."));
            return;
        }
        long length = Math.max(0, range.length());
        // Opened before any header is set, so that content gone missing is a clean 404.
        try (InputStream in = head || length == 0 ? InputStream.nullInputStream()
                : core.downloadContent().open(file, range.first(), length)) {
            ctx.header("Content-Disposition", headers.contentDisposition());
            ctx.contentType(headers.contentType());
            if (range.partial()) {
                ctx.status(206);
                ctx.header("Content-Range", range.contentRange(size));
            } else {
                ctx.status(200);
            }
            ctx.res().setContentLengthLong(length);
            if (!head) {
                copy(ctx, in, length);
            }
        }
    }

    /** Whether an If-None-Match header names this entity tag (weak comparison) or is {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** Copies through one of Jetty's pooled direct buffers when the content is a channel, else through a heap array. */
    private static void copy(Context ctx, InputStream in, long length) throws IOException {
        OutputStream out = ctx.res().getOutputStream();
        if (in instanceof ReadableByteChannel channel && out instanceof HttpOutput http) {
            var pool = ServletContextRequest.getServletContextRequest(ctx.req()).getComponents().getByteBufferPool();
            RetainableByteBuffer pooled = pool.acquire((int) Math.min(COPY_BUFFER, length), true);
            try {
                ByteBuffer buffer = pooled.getByteBuffer();
                for (long left = length; left > 0; ) {
                    buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                    int n = channel.read(buffer);
                    if (n < 0) {
                        throw new IOException("the stored content ended " + left + " bytes early");
                    }
                    buffer.flip();
                    http.write(buffer);
                    left -= n;
                }
            } finally {
                pooled.release();
            }
            return;
        }
        byte[] buffer = new byte[(int) Math.min(COPY_BUFFER, length)];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the stored content ended " + left + " bytes early");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }
}
