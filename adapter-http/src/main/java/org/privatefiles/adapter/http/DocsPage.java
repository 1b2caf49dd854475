package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.privatefiles.domain.failure.NotFoundException;

/**
 * The browsable API description at {@code /api/docs/}: a host page, its script (no inline script,
 * so the page's Content-Security-Policy stays strict) and Swagger UI's files from its webjar.
 */
final class DocsPage {
    static final String SWAGGER_UI = "/META-INF/resources/webjars/swagger-ui/5.34.1/";
    static final String OWN = "/org/privatefiles/adapter/http/docs/";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The files the page may load, by name, with where each is on the classpath and its media type. */
    private static final Map<String, Asset> ASSETS = Map.of(
            "swagger-ui.css", new Asset(SWAGGER_UI + "swagger-ui.css", "text/css; charset=utf-8"),
            "swagger-ui-bundle.js", new Asset(SWAGGER_UI + "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
            "favicon-32x32.png", new Asset(SWAGGER_UI + "favicon-32x32.png", "image/png"),
            "docs.js", new Asset(OWN + "docs.js", "text/javascript; charset=utf-8"),
            "docs.css", new Asset(OWN + "docs.css", "text/css; charset=utf-8"));

    private final byte[] page = read(OWN + "index.html");
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    void page(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page);
    }

    void asset(Context ctx) {
        Asset asset = ASSETS.get(ctx.pathParam("asset"));
        if (asset == null) {
            throw new NotFoundException("no such docs asset");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.status(200);
        ctx.contentType(asset.mediaType());
        ctx.result(loaded.computeIfAbsent(asset.resource(), DocsPage::read));
    }

    /** A file the docs page loads. */
    private record Asset(String resource, String mediaType) {
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocsPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
