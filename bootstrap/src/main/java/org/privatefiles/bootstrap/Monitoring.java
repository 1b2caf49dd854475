package org.privatefiles.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.OptionalInt;

/** The metrics of a running service when {@code --metrics-port} asks for them (registry, pool tracking, loopback endpoint), else nothing kept. */
final class Monitoring implements AutoCloseable {
    private final ServiceMetrics metrics;
    private final MetricsEndpoint endpoint;
    private final MeterRegistry registry;

    private Monitoring(ServiceMetrics metrics, MetricsEndpoint endpoint) {
        this.metrics = metrics;
        this.endpoint = endpoint;
        this.registry = metrics == null ? new CompositeMeterRegistry() : metrics.registry();
    }

    static Monitoring start(Configuration config, Components components) {
        if (config.metricsPort().isEmpty()) {
            return new Monitoring(null, null);
        }
        var metrics = new ServiceMetrics();
        try {
            components.trackPoolMetrics(metrics.poolTracker());
            return new Monitoring(metrics, MetricsEndpoint.start(config.metricsPort().getAsInt(), metrics::scrape));
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
    }

    /** Where the HTTP adapter records its meters: the Prometheus registry, or one that keeps nothing. */
    MeterRegistry registry() {
        return registry;
    }

    Sweeper.SweepListener sweepListener() {
        return metrics == null ? Sweeper.NOBODY : metrics;
    }

    /** The metrics port actually listened on, when metrics are on. */
    OptionalInt port() {
        return endpoint == null ? OptionalInt.empty() : OptionalInt.of(endpoint.port());
    }

    @Override
    public void close() {
        if (endpoint != null) {
            endpoint.close();
        }
        if (metrics != null) {
            metrics.close();
        }
    }
}
