package org.privatefiles.adapter.http;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Jetty's error pages as JSON {@code {"detail": "..."}}, for failures before a route runs (bad request line, oversized URL or headers). */
final class JsonErrorPages extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int code = response.getStatus();
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        if (cause instanceof HttpException http) {
            code = http.getCode();
            response.setStatus(code);
        }
        if (code < 400) {
            code = 500;
            response.setStatus(code);
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (HttpStatus.hasNoBody(code) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        byte[] body = Json.bytes(Map.of("detail", detail(code)));
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    static String detail(int code) {
        return switch (code) {
            case 400 -> "Bad request.";
            case 404 -> "Not found.";
            case 405 -> "Method not allowed.";
            case 408 -> "Request timeout.";
            case 413 -> "Request body is too large.";
            case 414 -> "Request URI too long.";
            case 415 -> "Unsupported media type.";
            case 431 -> "Request header fields too large.";
            case 500 -> "Internal server error.";
            case 503 -> "Service unavailable.";
            default -> {
                String reason = HttpStatus.getMessage(code);
                yield reason == null ? "Error " + code + "." : reason + ".";
            }
        };
    }
}
