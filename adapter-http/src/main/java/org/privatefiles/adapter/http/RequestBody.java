package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/** Tells a request body's kind from its Content-Type (other types are a 415) and reads the small kinds: JSON and urlencoded forms. */
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
        byte[] bytes = new RequestContent(ctx).readAll(SMALL_BODY_LIMIT);
        return bytes.length == 0 ? Json.MAPPER.createObjectNode() : Json.parse(bytes);
    }

    static FormFields form(Context ctx) {
        return FormFields.urlEncoded(new RequestContent(ctx).readAll(SMALL_BODY_LIMIT));
    }
}
