package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.eclipse.jetty.http.HttpHeader;

/** Writes JSON responses: {@code application/json; charset=utf-8}, rendered by the one mapper. */
final class Responses {
    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status);
        jsonContentType(ctx);
        ctx.result(Json.bytes(body));
    }

    /**
     * Sets the JSON Content-Type exactly as the contract spells it; the servlet layer would
     * rewrite it to its canonical {@code application/json;charset=utf-8}, so it goes on the
     * underlying response's headers.
     */
    static void jsonContentType(Context ctx) {
        ctx.contentType(JSON);
        ServletContextResponse.getServletContextResponse(ctx.res()).getWrapped().getHeaders()
                .put(HttpHeader.CONTENT_TYPE, JSON);
    }
}
