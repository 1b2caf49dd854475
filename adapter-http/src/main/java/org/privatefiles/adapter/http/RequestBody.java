package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Blocker;

/**
 * The request body through Jetty's own content source: its kind from the Content-Type (other types
 * are a 415), the small kinds (JSON, urlencoded forms) read whole up to a limit, and the rest as a
 * stream or as chunks. A failed read is a {@link BrokenBody}.
 */
final class RequestBody {
    static final long SMALL_BODY_LIMIT = 16L * 1024 * 1024;

    /** The kinds of body this adapter parses. */
    enum Kind { JSON, MULTIPART, FORM, NONE }

    private RequestBody() {
    }

    /** The body's kind; a 415 unless it is one of {@code accepted}. A body without Content-Type counts as none, as in DRF. */
    static Kind kind(Context ctx, Set<Kind> accepted) {
        String contentType = ctx.header("Content-Type");
        Kind kind = kindOf(contentType);
        if (kind == null || !accepted.contains(kind)) {
            throw HttpProblem.unsupportedMediaType(contentType == null ? "" : contentType);
        }
        return kind;
    }

    private static Kind kindOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Kind.NONE;
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"))) {
            return Kind.JSON;
        }
        if (media.equals("multipart/form-data")) {
            return Kind.MULTIPART;
        }
        if (media.equals("application/x-www-form-urlencoded")) {
            return Kind.FORM;
        }
        return null;
    }

    /** The JSON body; an empty body is an empty object. */
    static JsonNode json(Context ctx) {
        byte[] bytes = readAll(ctx);
        return bytes.length == 0 ? Json.MAPPER.createObjectNode() : Json.parse(bytes);
    }

    static FormFields form(Context ctx) {
        return FormFields.urlEncoded(readAll(ctx));
    }

    /** The whole body, refused with a 413 beyond {@link #SMALL_BODY_LIMIT}. */
    private static byte[] readAll(Context ctx) {
        if (ctx.req().getContentLengthLong() > SMALL_BODY_LIMIT) {
            throw HttpProblem.tooLarge("Request body is too large.");
        }
        byte[] bytes;
        try (InputStream in = stream(ctx)) {
            bytes = in.readNBytes((int) SMALL_BODY_LIMIT + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > SMALL_BODY_LIMIT) {
            throw HttpProblem.tooLarge("Request body is too large.");
        }
        return bytes;
    }

    /** The body as Jetty delivers it. */
    static Content.Source source(Context ctx) {
        return ServletContextRequest.getServletContextRequest(ctx.req());
    }

    /** The body as a stream. */
    static InputStream stream(Context ctx) {
        return new FilterInputStream(Content.Source.asInputStream(source(ctx))) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (IOException e) {
                    throw broken(e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (IOException e) {
                    throw broken(e);
                }
            }
        };
    }

    private static BrokenBody broken(IOException e) {
        return e instanceof BrokenBody broken ? broken : BrokenBody.of(e);
    }

    /** The next chunk of the body, waiting for it ({@code isLast()} at the end). */
    static Content.Chunk nextChunk(Content.Source body) throws IOException {
        while (true) {
            Content.Chunk chunk = body.read();
            if (chunk != null) {
                if (Content.Chunk.isFailure(chunk)) {
                    throw BrokenBody.of(chunk.getFailure());
                }
                return chunk;
            }
            try (Blocker.Runnable arrived = Blocker.runnable()) {
                body.demand(arrived);
                arrived.block();
            }
        }
    }
}
