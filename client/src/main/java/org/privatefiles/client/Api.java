package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The service's HTTP API as the client uses it: JSON calls with the bearer token, error answers
 * turned into {@link ClientFailure#refused}, network failures into {@link ClientFailure#transfer}.
 */
final class Api {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final String server;
    private final String token;

    Api(String server, String token) {
        this.server = stripSlashes(server);
        this.token = token;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    String server() {
        return server;
    }

    HttpRequest.Builder request(String pathOrUrl) {
        URI uri = URI.create(pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://") ? pathOrUrl : server + pathOrUrl);
        var builder = HttpRequest.newBuilder(uri);
        if (token != null && !pathOrUrl.startsWith("http")) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    JsonNode getJson(String path) {
        return json(send(request(path).GET()));
    }

    JsonNode postJson(String path, JsonNode body) {
        return json(send(withJson(request(path), body).POST(jsonBody(body))));
    }

    JsonNode patchJson(String path, JsonNode body) {
        return json(send(withJson(request(path), body).method("PATCH", jsonBody(body))));
    }

    void delete(String path) {
        send(request(path).DELETE());
    }

    /** Sends and returns the answer with its body read, refusing any status of 400 or more. */
    HttpResponse<byte[]> send(HttpRequest.Builder request) {
        HttpResponse<byte[]> response = exchange(request.build(), BodyHandlers.ofByteArray());
        if (response.statusCode() >= 400) {
            throw ClientFailure.refused(Refusals.describe(response.statusCode(), response.body()));
        }
        return response;
    }

    /** Sends and returns the answer whatever its status. */
    <T> HttpResponse<T> exchange(HttpRequest request, BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw ClientFailure.transfer("cannot reach " + server + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ClientFailure.transfer("interrupted", e);
        }
    }

    /** The status of a GET, sent without waiting for it (for many small look-ups side by side). */
    CompletableFuture<Integer> statusOf(String path) {
        return http.sendAsync(request(path).GET().build(), BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    HttpResponse<InputStream> stream(HttpRequest request) {
        return exchange(request, BodyHandlers.ofInputStream());
    }

    static String query(Map<String, List<String>> parameters) {
        var text = new StringBuilder();
        parameters.forEach((name, values) -> values.forEach(value -> text.append(text.length() == 0 ? "?" : "&")
                .append(encode(name)).append('=').append(encode(value))));
        return text.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }

    private static HttpRequest.Builder withJson(HttpRequest.Builder builder, JsonNode body) {
        return builder.header("Content-Type", "application/json");
    }

    private static BodyPublisher jsonBody(JsonNode body) {
        return BodyPublishers.ofString(Json.line(body), StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        JsonNode node = Json.parseOrNull(response.body());
        if (node == null && response.statusCode() != 204) {
            throw ClientFailure.transfer("the service answered HTTP " + response.statusCode() + " without JSON", null);
        }
        return node;
    }

    private static String stripSlashes(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
