package org.privatefiles.bootstrap;

import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.privatefiles.application.port.in.SweepReport;

/**
 * The service's Prometheus registry: JVM and process metrics, the database pool (HikariCP's own
 * Micrometer tracker), the sweeper's passes and what they removed; the HTTP adapter adds its own.
 */
final class ServiceMetrics implements Sweeper.SweepListener, AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    ServiceMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition of every meter. */
    String scrape() {
        return registry.scrape();
    }

    MicrometerMetricsTrackerFactory poolTracker() {
        return new MicrometerMetricsTrackerFactory(registry);
    }

    @Override
    public void swept(SweepReport report) {
        runs("ok").increment();
        removed("temporary_files").increment(report.temporaryFiles());
        removed("abandoned_uploads").increment(report.abandonedUploads());
        removed("orphan_contents").increment(report.orphanContents());
        removed("unfinished_writes").increment(report.unfinishedWrites());
        removed("throttle_entries").increment(report.throttleEntries());
    }

    @Override
    public void failed() {
        runs("failed").increment();
    }

    private Counter runs(String outcome) {
        return Counter.builder("privatefiles.sweeper.runs").description("Maintenance passes by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private Counter removed(String kind) {
        return Counter.builder("privatefiles.sweeper.removed").description("What the maintenance passes removed, by kind")
                .tag("kind", kind).register(registry);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
