package org.privatefiles.adapter.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;
import org.privatefiles.application.PrivateFilesCore;

/** HTTP adapter entry point: the private-files API (API.md) as a Javalin app over the core's use cases. */
public final class HttpApi {
    /** Bytes the connection reads at a time: the largest buffer Jetty's default pool still recycles (larger ones are allocated afresh each read). */
    static final int INPUT_BUFFER_BYTES = 64 * 1024;
    static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

    private HttpApi() {
    }

    /** The API with its access log, and metrics into a registry that keeps none. */
    public static Javalin create(PrivateFilesCore core, HttpSettings settings) {
        return create(core, settings, ServerLimits.defaults(), new CompositeMeterRegistry());
    }

    /** The API with these server limits, its access log and its metrics in this registry. */
    public static Javalin create(PrivateFilesCore core, HttpSettings settings, ServerLimits limits, MeterRegistry registry) {
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(limits, "limits");
        var urls = new ResourceUrls(settings.baseUrl());
        var links = new DownloadLinks(settings);
        var views = new Views(urls, links);
        var references = new References(settings.baseUrl());
        var gate = new RequestGate(core);
        var files = new FileHandlers(core, gate, new FilePatchReader(references), views);
        var list = new ListFilesHandler(core, gate, new ListQueryParser(references), views);
        var uploads = new ChunkedUploadHandlers(core, gate, views);
        var catalog = new CatalogHandlers(core, gate, views);
        var accounts = new AccountHandlers(core, views);

        var routes = new RouteTable();
        routes.path("Health", "/health").get(accounts::health);
        routes.path("Obtain Auth Token", "/api-token-auth").post(accounts::logIn);
        routes.path("File Tag List", "/api/file_tags").get(catalog::tags);
        routes.path("File Tag Instance", "/api/file_tags/{id}").get(catalog::tag);
        routes.path("Org Instance", "/api/orgs/{org}").get(catalog::org);
        routes.path("Global User Instance", "/api/global_users/{id}").get(catalog::user);
        routes.path("Document Template List", "/api/orgs/{org}/document_templates").get(catalog::documentTemplates);
        routes.path("Document Template Instance", "/api/orgs/{org}/document_templates/{id}").get(catalog::documentTemplate);
        routes.path("Project List", "/api/orgs/{org}/projects").get(catalog::projects);
        routes.path("Project Instance", "/api/orgs/{org}/projects/{id}").get(catalog::project);
        routes.path("Private File List", "/api/orgs/{org}/private_files").get(list).post(files::create);
        routes.path("Private File Instance", "/api/orgs/{org}/private_files/{id}")
                .get(files::retrieve).patch(files::update).delete(files::delete);
        routes.path("Private File Part", "/api/orgs/{org}/private_files/{id}/parts/{n}").put(uploads::putPart);
        routes.path("Private File Complete", "/api/orgs/{org}/private_files/{id}/complete").post(uploads::complete);
        routes.path("Private File Download", "/media/private/{id}/{name}").get(new DownloadHandler(core, links));
        var description = ApiDescription.load();
        var docs = new DocsPage();
        routes.path("API Schema", "/api/schema").get(description::serve);
        routes.path("API Docs", "/api/docs").get(docs::page);
        routes.path("API Docs Asset", "/api/docs/{asset}").get(docs::asset);
        new ConsolePage().register(routes);
        var failures = new Failures();
        var metrics = new HttpMetrics(registry);
        var observer = new ExchangeObserver(List.of(new AccessLog(), metrics));
        var jetty = new AtomicReference<Server>();

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.router.ignoreTrailingSlashes = true;
            config.http.prefer405over404 = true;
            config.jetty.clientAbortStatus = 400;
            config.jetty.timeoutStatus = 408;
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JsonErrorPages());
                JettyLimits.install(server, limits);
                metrics.bindThreadPool(server);
                jetty.set(server);
            });
            config.jetty.modifyServletContextHandler(context -> context.insertHandler(observer));
            config.events.serverStarted(() -> metrics.bindConnections(jetty.get()));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setInputBufferSize(INPUT_BUFFER_BYTES);
                http.setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            routes.register(config.routes);
            config.routes.exception(HttpResponseException.class, failures::handle);
            config.routes.exception(Exception.class, failures::handle);
        });
    }
}
