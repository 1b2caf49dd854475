package org.privatefiles.bootstrap;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.privatefiles.adapter.http.HttpApi;
import org.privatefiles.adapter.http.HttpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running HTTP service ({@code serve}): the API on its port, the periodic sweeper, and an orderly stop. */
final class Service {
    private static final Logger LOG = LoggerFactory.getLogger(Service.class);
    private static final int FREE_PORT_ATTEMPTS = 5;

    private final Components components;
    private final Javalin http;
    private final Sweeper sweeper;
    private final Monitoring monitoring;
    private final String baseUrl;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);

    private Service(Components components, Javalin http, Sweeper sweeper, Monitoring monitoring, String baseUrl) {
        this.components = components;
        this.http = http;
        this.sweeper = sweeper;
        this.monitoring = monitoring;
        this.baseUrl = baseUrl;
    }

    /** Starts everything; with {@code demo}, first makes the demo account and prints its curl line on {@code out}. */
    static Service start(Configuration config, boolean demo, PrintStream out) {
        SigningKeyRing keys = SigningKeys.load(config);
        Components components = Components.openForService(config);
        Javalin http = null;
        Monitoring monitoring = null;
        try {
            DemoAccount account = demo ? new DemoSetup(components.core(), components.directory(), config.dataDir()).ensure() : null;
            monitoring = Monitoring.start(config, components);
            Javalin listening = null;
            String baseUrl = null;
            // A free port picked for --port 0 may be taken by someone else before we bind it: pick again.
            for (int attempt = 1; listening == null; attempt++) {
                int port = config.port() == 0 ? freePort() : config.port();
                baseUrl = config.publicBaseUrl(port);
                http = HttpApi.create(components.core(), httpSettings(config, keys, baseUrl), config.serverLimits(),
                        monitoring.registry());
                try {
                    listening = http.start(port);
                } catch (JavalinBindException e) {
                    http.stop();
                    http = null;
                    if (config.port() != 0 || attempt == FREE_PORT_ATTEMPTS) {
                        throw e;
                    }
                }
            }
            Sweeper sweeper = Sweeper.start(components.core().maintenance(), Sweeper.PERIOD, monitoring.sweepListener());
            monitoring.port().ifPresent(metricsPort ->
                    LOG.info("Prometheus metrics at http://127.0.0.1:{}{}", metricsPort, MetricsEndpoint.PATH));
            LOG.info("private-files serving {} on port {} ({} database, data in {}, signing key {})", baseUrl, http.port(),
                    components.databaseKind(), config.dataDir(), keys.current().id());
            if (account != null) {
                out.println(account.curlLine(baseUrl));
                out.flush();
            }
            return new Service(components, http, sweeper, monitoring, baseUrl);
        } catch (RuntimeException e) {
            if (http != null) {
                http.stop();
            }
            if (monitoring != null) {
                monitoring.close();
            }
            components.close();
            throw e;
        }
    }

    static HttpSettings httpSettings(Configuration config, SigningKeyRing keys, String baseUrl) {
        HttpSettings settings = new HttpSettings(baseUrl, keys.current().id(), keys.current().secret(), Map.of(),
                config.linkTtl(), Clock.systemUTC());
        for (SigningKey older : keys.older()) {
            settings = settings.withPreviousKey(older.id(), older.secret());
        }
        return settings;
    }

    int port() {
        return http.port();
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The port of {@code /metrics}, when {@code --metrics-port} turned metrics on. */
    java.util.OptionalInt metricsPort() {
        return monitoring.port();
    }

    /**
     * Stops taking requests and lets those in flight finish within the drain time, then stops the
     * sweeper and closes the database pool; safe to call more than once.
     */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        LOG.info("private-files stopping");
        try {
            http.stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the HTTP server failed", e);
        }
        sweeper.close();
        monitoring.close();
        try {
            components.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the database failed", e);
        }
        LOG.info("private-files stopped");
        done.countDown();
    }

    void awaitStop() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
