package org.privatefiles.bootstrap;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.util.Optional;
import org.privatefiles.adapter.filestore.LocalDiskContentStore;
import org.privatefiles.adapter.jdbc.JdbcPersistence;
import org.privatefiles.adapter.s3.S3ContentStore;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wiring by hand: the database (embedded H2 in the data dir, or PostgreSQL), the content store
 * (the folder {@code <data-dir>/files}, or an S3-compatible store), and the core on top.
 */
final class Components implements AutoCloseable {
    static final String FILES_FOLDER = "files";

    private static final Logger LOG = LoggerFactory.getLogger(Components.class);

    private final JdbcPersistence persistence;
    private final ContentStore content;
    private final PrivateFilesCore core;
    private final Optional<SharedH2> shared;

    private Components(JdbcPersistence persistence, ContentStore content, PrivateFilesCore core, Optional<SharedH2> shared) {
        this.persistence = persistence;
        this.content = content;
        this.core = core;
        this.shared = shared;
    }

    /** For the admin commands: the database of a running service on this data dir if there is one, else the configured one. */
    static Components open(Configuration config) {
        DataDir.ensure(config.dataDir());
        String url = config.dbUrl().or(() -> SharedH2.runningUrl(config.dataDir())).orElseGet(() -> embeddedUrl(config));
        return open(config, url, false);
    }

    /** For {@code serve}: the configured database; an embedded one is shared with the admin commands. */
    static Components openForService(Configuration config) {
        DataDir.ensure(config.dataDir());
        return config.dbUrl().map(url -> open(config, url, false)).orElseGet(() -> open(config, embeddedUrl(config), true));
    }

    private static Components open(Configuration config, String jdbcUrl, boolean share) {
        JdbcPersistence persistence = JdbcPersistence.open(jdbcUrl, config.dbUser(), config.dbPassword());
        ContentStore content = null;
        try {
            DataDir.secureCreatedFiles(config.dataDir());
            content = contentStore(config);
            var core = PrivateFilesCore.builder()
                    .files(persistence.files())
                    .tags(persistence.tags())
                    .directory(persistence.directory())
                    .throttle(persistence.throttle())
                    .content(content)
                    .settings(config.coreSettings())
                    .build();
            return new Components(persistence, content, core, share ? share(config, jdbcUrl) : Optional.empty());
        } catch (RuntimeException e) {
            try (persistence) {
                closeStore(content);
            }
            throw e;
        }
    }

    private static ContentStore contentStore(Configuration config) {
        StoreConfiguration store = config.store();
        return store.s3().isPresent()
                ? S3ContentStore.open(store.s3Settings())
                : new LocalDiskContentStore(config.dataDir().resolve(FILES_FOLDER));
    }

    private static void closeStore(ContentStore content) {
        if (content instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("The content store did not close cleanly: {}", e.getMessage());
            }
        }
    }

    private static Optional<SharedH2> share(Configuration config, String jdbcUrl) {
        try {
            return Optional.of(SharedH2.start(config.dataDir(), jdbcUrl));
        } catch (RuntimeException e) {
            LOG.warn("The admin commands cannot reach the embedded database while this service runs: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static String embeddedUrl(Configuration config) {
        return JdbcPersistence.h2FileUrl(config.dataDir());
    }

    PrivateFilesCore core() {
        return core;
    }

    Directory directory() {
        return persistence.directory();
    }

    /** Sends the database pool's metrics to this tracker (HikariCP's Micrometer one). */
    void trackPoolMetrics(MetricsTrackerFactory tracker) {
        persistence.trackPoolMetrics(tracker);
    }

    String databaseKind() {
        return persistence.isPostgres() ? "PostgreSQL" : "H2";
    }

    @Override
    public void close() {
        try {
            shared.ifPresent(SharedH2::close);
        } finally {
            try (persistence) {
                closeStore(content);
            }
        }
    }
}
