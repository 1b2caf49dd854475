package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-written OpenAPI 3.0.3 description of the API ({@code openapi.yaml}), served as YAML or, with {@code ?format=json}, JSON. */
final class ApiDescription {
    static final String RESOURCE = "openapi.yaml";
    static final String YAML = "application/yaml; charset=utf-8";

    private final byte[] yaml;
    private final byte[] json;

    private ApiDescription(byte[] yaml, byte[] json) {
        this.yaml = yaml;
        this.json = json;
    }

    static ApiDescription load() {
        try (InputStream in = ApiDescription.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            byte[] yaml = in.readAllBytes();
            JsonNode tree = new YAMLMapper().readTree(yaml);
            return new ApiDescription(yaml, Json.bytes(tree));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    void serve(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
        if ("json".equals(ctx.queryParam("format"))) {
            ctx.status(200);
            Responses.jsonContentType(ctx);
            ctx.result(json);
        } else {
            ctx.status(200);
            ctx.contentType(YAML);
            ctx.result(yaml);
        }
    }
}
