package org.privatefiles.adapter.http.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Test fixture: holds every request the HTTP tests send and every response they get to the
 * service's {@code openapi.yaml}. A response the document does not describe fails the test; so
 * does a request the service accepted (status below 400) that the document does not describe, and
 * a request to a path or method the document lacks unless the service refused it with 404 or 405.
 * Requests the service rejected as invalid are the tests' deliberate mistakes, so their body and
 * parameter errors are expected.
 */
public final class OpenApiContract {
    public static final String RESOURCE = "/org/privatefiles/adapter/http/openapi.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> UNDESCRIBED = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");
    private static final OpenApiContract INSTANCE = new OpenApiContract(load());

    private final OpenApiInteractionValidator validator;

    private OpenApiContract(String document) {
        try {
            // The API ignores unknown body keys and query parameters, as the document says; responses stay strict.
            this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            throw new IllegalStateException("openapi.yaml does not parse: " + e.getParseMessages(), e);
        }
    }

    /** The contract of this build's {@code openapi.yaml}, parsed once per test JVM. */
    public static OpenApiContract get() {
        return INSTANCE;
    }

    /** One request as sent and its response as received. */
    public record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders, byte[] requestBody,
                           int status, Map<String, List<String>> responseHeaders, byte[] responseBody) {
    }

    /** Throws an AssertionError naming every way this exchange departs from the document. */
    public void check(Exchange exchange) {
        List<String> problems = problems(exchange);
        if (!problems.isEmpty()) {
            throw new AssertionError("Not as openapi.yaml describes it: " + exchange.method() + " " + exchange.uri()
                    + " -> " + exchange.status() + "\n  " + String.join("\n  ", problems));
        }
    }

    /** The ways this exchange departs from the document; empty when it conforms. */
    public List<String> problems(Exchange exchange) {
        String path = documentPath(exchange.uri().getRawPath());
        Request.Method method = Request.Method.valueOf(exchange.method().toUpperCase(Locale.ROOT));
        Request request = request(exchange, method, path);
        int status = exchange.status();
        var problems = new ArrayList<String>();
        boolean undescribed = false;
        for (ValidationReport.Message message : validator.validateRequest(request).getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            if (UNDESCRIBED.contains(message.getKey())) {
                undescribed = true;
                if (status == 404 || status == 405) {
                    continue;
                }
            } else if (status >= 400) {
                continue;
            }
            problems.add("request: " + describe(message));
        }
        if (undescribed) {
            if (status == 404 || status == 405) {
                requireDetailBody(exchange, problems);
            }
            return problems;
        }
        for (ValidationReport.Message message : validator.validateResponse(path, method, response(exchange, path)).getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                problems.add("response: " + describe(message));
            }
        }
        return problems;
    }

    /** The path as the document spells it: API paths end in a slash, the others do not. */
    static String documentPath(String rawPath) {
        String path = rawPath;
        if (path.startsWith("/api") && !path.endsWith("/")) {
            return path + "/";
        }
        if (!path.startsWith("/api") && path.length() > 1 && path.endsWith("/")) {
            return path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static Request request(Exchange exchange, Request.Method method, String path) {
        var builder = new SimpleRequest.Builder(method, path);
        exchange.requestHeaders().forEach(builder::withHeader);
        query(exchange.uri().getRawQuery()).forEach(builder::withQueryParam);
        if (exchange.requestBody() != null && exchange.requestBody().length > 0) {
            builder.withBody(exchange.requestBody());
        }
        return builder.build();
    }

    private static SimpleResponse response(Exchange exchange, String path) {
        var builder = new SimpleResponse.Builder(exchange.status());
        exchange.responseHeaders().forEach(builder::withHeader);
        if (exchange.responseBody() != null && exchange.responseBody().length > 0) {
            builder.withBody(exchange.responseBody());
        }
        return builder.build();
    }

    private static void requireDetailBody(Exchange exchange, List<String> problems) {
        if (exchange.method().equalsIgnoreCase("HEAD")) {
            return;
        }
        try {
            JsonNode body = JSON.readTree(exchange.responseBody());
            if (body == null || !body.isObject() || body.size() != 1 || !body.path("detail").isTextual()) {
                problems.add("response: a " + exchange.status() + " must be {\"detail\": \"...\"}, not " + body);
            }
        } catch (IOException e) {
            problems.add("response: a " + exchange.status() + " body must be JSON: " + e.getMessage());
        }
    }

    private static Map<String, List<String>> query(String rawQuery) {
        var params = new LinkedHashMap<String, List<String>>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String describe(ValidationReport.Message message) {
        var text = new StringBuilder("[" + message.getKey() + "] " + message.getMessage());
        for (ValidationReport.Message nested : message.getNestedMessages()) {
            text.append("\n      ").append(describe(nested).replace("\n", "\n  "));
        }
        return text.toString();
    }

    private static String load() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
