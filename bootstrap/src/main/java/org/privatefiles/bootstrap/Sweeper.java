package org.privatefiles.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.privatefiles.application.port.in.MaintenanceUseCase;
import org.privatefiles.application.port.in.SweepReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the maintenance pass at start and then periodically on one daemon thread; a failing pass is logged, never fatal. */
final class Sweeper implements AutoCloseable {
    static final Duration PERIOD = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);

    private final MaintenanceUseCase maintenance;
    private final SweepListener listener;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "private-files-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    /** Told the outcome of every pass (the metrics count them). */
    interface SweepListener {
        void swept(SweepReport report);

        void failed();
    }

    static final SweepListener NOBODY = new SweepListener() {
        @Override
        public void swept(SweepReport report) {
        }

        @Override
        public void failed() {
        }
    };

    private Sweeper(MaintenanceUseCase maintenance, SweepListener listener) {
        this.maintenance = maintenance;
        this.listener = listener;
    }

    static Sweeper start(MaintenanceUseCase maintenance, Duration period) {
        return start(maintenance, period, NOBODY);
    }

    static Sweeper start(MaintenanceUseCase maintenance, Duration period, SweepListener listener) {
        var sweeper = new Sweeper(maintenance, listener);
        sweeper.scheduler.scheduleWithFixedDelay(sweeper::sweepOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return sweeper;
    }

    void sweepOnce() {
        try {
            SweepReport report = maintenance.sweep();
            listener.swept(report);
            int removed = report.temporaryFiles() + report.abandonedUploads() + report.orphanContents()
                    + report.unfinishedWrites() + report.throttleEntries();
            if (removed > 0) {
                LOG.info("Maintenance pass removed {}", report);
            } else {
                LOG.debug("Maintenance pass removed nothing");
            }
        } catch (Throwable e) {
            listener.failed();
            LOG.error("Maintenance pass failed; the next one runs as scheduled", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Maintenance pass still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
