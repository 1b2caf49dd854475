package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The routes by path and method; registers each with Javalin, adding HEAD for GET and an OPTIONS answer (Javalin itself answers 405). */
final class RouteTable {
    private static final List<String> METHOD_ORDER = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final List<String> PARSES = List.of("application/json", "application/x-www-form-urlencoded", "multipart/form-data");

    private final List<Path> paths = new ArrayList<>();

    /** A path template in Javalin's syntax ({@code /api/orgs/{org}/...}); a trailing slash is always optional. */
    Path path(String name, String template) {
        var path = new Path(name, template);
        paths.add(path);
        return path;
    }

    void register(RoutesConfig routes) {
        for (Path path : paths) {
            path.handlers.forEach((method, handler) ->
                    routes.addHttpHandler(HandlerType.findOrDefault(method), path.template, path.reporting(handler)));
            if (path.handlers.containsKey("GET") && !path.handlers.containsKey("HEAD")) {
                routes.addHttpHandler(HandlerType.HEAD, path.template, path.reporting(path.handlers.get("GET")));
            }
            String allow = path.allow();
            routes.addHttpHandler(HandlerType.OPTIONS, path.template, ctx -> {
                Exchange.of(ctx).route(path.route());
                ctx.header("Allow", allow);
                Responses.json(ctx, 200, new Metadata(path.name, "", List.of("application/json"), PARSES));
            });
        }
    }

    /** What OPTIONS answers, after DRF's SimpleMetadata. */
    @JsonPropertyOrder({"name", "description", "renders", "parses"})
    record Metadata(String name, String description, List<String> renders, List<String> parses) {
    }

    /** One path and its handlers by method. */
    static final class Path {
        private final String name;
        private final String template;
        private final Map<String, Handler> handlers = new LinkedHashMap<>();

        private Path(String name, String template) {
            this.name = name;
            this.template = template;
        }

        Path get(Handler handler) {
            return on("GET", handler);
        }

        Path post(Handler handler) {
            return on("POST", handler);
        }

        Path put(Handler handler) {
            return on("PUT", handler);
        }

        Path patch(Handler handler) {
            return on("PATCH", handler);
        }

        Path delete(Handler handler) {
            return on("DELETE", handler);
        }

        /** The template as the access log and the metrics name it: as in openapi.yaml, with the trailing slash of API paths. */
        String route() {
            return template.startsWith("/api") ? template + "/" : template;
        }

        /** The handler, first recording which route serves the request. */
        Handler reporting(Handler handler) {
            String route = route();
            return ctx -> {
                Exchange.of(ctx).route(route);
                handler.handle(ctx);
            };
        }

        private Path on(String method, Handler handler) {
            handlers.put(method, handler);
            return this;
        }

        String allow() {
            var allowed = new ArrayList<String>();
            for (String method : METHOD_ORDER) {
                boolean has = handlers.containsKey(method)
                        || (method.equals("HEAD") && handlers.containsKey("GET"))
                        || method.equals("OPTIONS");
                if (has) {
                    allowed.add(method);
                }
            }
            return String.join(", ", allowed);
        }
    }
}
