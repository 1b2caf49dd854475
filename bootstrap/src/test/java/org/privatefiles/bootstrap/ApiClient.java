package org.privatefiles.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.adapter.http.contract.OpenApiContract;
import org.privatefiles.adapter.http.contract.RequestBodies;

/** A real HTTP client of the running service, authenticating with a bearer token when it has one; every exchange is held to openapi.yaml. */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String token;

    ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    HttpResponse<byte[]> get(String pathOrUrl, String... headers) {
        return send(request(pathOrUrl, headers).GET());
    }

    HttpResponse<byte[]> upload(String path, Multipart form) {
        return send(request(path, "Content-Type", form.contentType()).POST(BodyPublishers.ofByteArray(form.bytes())));
    }

    HttpResponse<byte[]> patchJson(String path, String json) {
        return send(request(path, "Content-Type", "application/json").method("PATCH", BodyPublishers.ofString(json)));
    }

    HttpResponse<byte[]> patchMultipart(String path, Multipart form) {
        return send(request(path, "Content-Type", form.contentType()).method("PATCH", BodyPublishers.ofByteArray(form.bytes())));
    }

    HttpResponse<byte[]> postJson(String path, String json) {
        return send(request(path, "Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    HttpResponse<byte[]> putBytes(String path, byte[] bytes) {
        return send(request(path, "Content-Type", "application/octet-stream").PUT(BodyPublishers.ofByteArray(bytes)));
    }

    HttpResponse<byte[]> delete(String path) {
        return send(request(path).DELETE());
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String pathOrUrl, String... headers) {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** Sends the request and holds it and its response to openapi.yaml ({@link OpenApiContract}). */
    private static HttpResponse<byte[]> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<byte[]> response = sendUnchecked(request);
        OpenApiContract.get().check(new OpenApiContract.Exchange(request.method(), request.uri(), request.headers().map(),
                RequestBodies.of(request), response.statusCode(), response.headers().map(), response.body()));
        return response;
    }

    private static HttpResponse<byte[]> sendUnchecked(HttpRequest request) {
        try {
            return HTTP.send(request, BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
