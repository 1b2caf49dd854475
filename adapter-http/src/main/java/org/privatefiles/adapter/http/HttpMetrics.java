package org.privatefiles.adapter.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;

/**
 * The HTTP adapter's metrics in a Micrometer registry: a request timer per method, route template
 * and status (with histogram buckets), upload and download bytes, throttle admissions and
 * refusals by scope, and Jetty's thread pool and connections.
 */
public final class HttpMetrics implements ExchangeListener {
    static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final MeterRegistry registry;
    private final Counter uploadBytes;
    private final Counter downloadBytes;

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.uploadBytes = Counter.builder("privatefiles.upload.bytes").baseUnit("bytes")
                .description("Request body bytes received by the private-files routes (uploads, parts, updates)")
                .register(registry);
        this.downloadBytes = Counter.builder("privatefiles.download.bytes").baseUnit("bytes")
                .description("File bytes sent through signed download links")
                .register(registry);
    }

    @Override
    public void completed(Exchange e) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by method, route template and status")
                .tags("method", e.method(), "route", e.route(), "status", Integer.toString(e.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(e.durationNanos(), TimeUnit.NANOSECONDS);
        if (e.route().startsWith("/api/orgs/{org}/private_files")) {
            uploadBytes.increment(e.bytesIn());
        } else if (e.route().startsWith("/media/private/")) {
            downloadBytes.increment(e.bytesOut());
        }
        if (e.throttleScope() != null) {
            Counter.builder(e.throttleRefused() ? "privatefiles.throttle.refusals" : "privatefiles.throttle.admissions")
                    .description("Requests the rate limits refused or admitted, by scope")
                    .tag("scope", e.throttleScope().toLowerCase(Locale.ROOT))
                    .register(registry)
                    .increment();
        }
    }

    /** Jetty's thread pool now, its connections once the connectors exist (after start). */
    void bindThreadPool(Server server) {
        new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(registry);
    }

    void bindConnections(Server server) {
        JettyConnectionMetrics.addToAllConnectors(server, registry);
    }
}
