package org.privatefiles.adapter.http;

import java.util.Map;

/** Failure of the HTTP layer itself (bad syntax, wrong media type or method, ...): a status, a JSON body and headers. */
final class HttpProblem extends RuntimeException {
    private final int status;
    private final Object body;
    private final Map<String, String> headers;

    private HttpProblem(int status, Object body, Map<String, String> headers) {
        super(status + " " + body, null, false, false);
        this.status = status;
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    static HttpProblem detail(int status, String detail) {
        return new HttpProblem(status, Map.of("detail", detail), Map.of());
    }

    static HttpProblem badRequest(String detail) {
        return detail(400, detail);
    }

    static HttpProblem notFound() {
        return detail(404, "Not found.");
    }

    static HttpProblem forbidden(String detail) {
        return detail(403, detail);
    }

    static HttpProblem unsupportedMediaType(String contentType) {
        return detail(415, "Unsupported media type \"" + contentType + "\" in request.");
    }

    static HttpProblem tooLarge(String detail) {
        return new HttpProblem(413, Map.of("detail", detail), Map.of("Connection", "close"));
    }

    int status() {
        return status;
    }

    Object body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }
}
