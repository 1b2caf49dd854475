package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.privatefiles.domain.failure.NotFoundException;

/**
 * The web console at {@code /console/}: static HTML, CSS and JavaScript modules from the jar, served
 * without authentication (every data call the page makes goes through the API with the user's token)
 * and with headers that forbid inline script and style, framing and referrers.
 */
final class ConsolePage {
    static final String OWN = "/org/privatefiles/adapter/http/console/";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Pattern ASSET_NAME = Pattern.compile("[a-z0-9-]{1,64}\\.(js|css|svg)");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");

    private final byte[] page = read(OWN + "index.html").orElseThrow(() -> new IllegalStateException("console index.html is missing"));
    /** The files found so far, by name; names that are not there are not remembered, so requests cannot grow it. */
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    /** Adds the console's routes: the page and its files. */
    void register(RouteTable routes) {
        routes.path("Console", "/console").get(this::page);
        routes.path("Console Asset", "/console/{asset}").get(this::asset);
    }

    void page(Context ctx) {
        secure(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page);
    }

    void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        if (!ASSET_NAME.matcher(name).matches()) {
            throw new NotFoundException("no such console file");
        }
        byte[] bytes = Optional.ofNullable(loaded.get(name)).or(() -> read(OWN + name))
                .orElseThrow(() -> new NotFoundException("no such console file"));
        loaded.putIfAbsent(name, bytes);
        secure(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200);
        ctx.contentType(MEDIA_TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        ctx.result(bytes);
    }

    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = ConsolePage.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
