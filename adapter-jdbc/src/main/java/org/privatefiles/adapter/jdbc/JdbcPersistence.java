package org.privatefiles.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.application.port.out.ThrottleStore;

/**
 * Persistence adapter entry point: a pooled connection to embedded H2 or PostgreSQL, migrated to
 * the current schema on {@link #open}, and the adapters of the four persistence ports on it.
 */
public final class JdbcPersistence implements AutoCloseable {
    /** H2 settings of {@link #h2FileUrl}: see there. */
    static final String H2_SETTINGS = ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;RETENTION_TIME=45000;DB_CLOSE_ON_EXIT=FALSE";
    /** The knee measured by bench/api-throughput/pool-size.sh on 2 cores: no gain past 8, a loss at 32 (docs/decisions.md). */
    static final int POOL_SIZE = 8;
    /**
     * How long a request waits for a connection, and for a connection's liveness check: short, so
     * that while the database is down every request is refused (503) within about a second instead
     * of hanging; the pool keeps trying to reconnect in the background and recovers by itself. A
     * pool that is only busy is waited for longer ({@link PatientDataSource}).
     */
    static final long CONNECTION_TIMEOUT_MILLIS = 1_000;
    static final long VALIDATION_TIMEOUT_MILLIS = 500;
    /** How long a request waits for a connection while the pool is merely busy (every connection in use, none failing). */
    static final Duration BUSY_POOL_WAIT = Duration.ofSeconds(30);

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final PrivateFileRepository files;
    private final FileTagCatalog tags;
    private final Directory directory;
    private final ThrottleStore throttle;
    private final H2StoreCompaction compaction;
    private final StatementCounter statements = new StatementCounter();

    private JdbcPersistence(HikariDataSource dataSource, Dialect dialect, boolean compaction) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.compaction = compaction ? H2StoreCompaction.start(dataSource) : null;
        DataSource patient = new PatientDataSource(dataSource, BUSY_POOL_WAIT);
        Jdbi jdbi = JdbiFactory.create(compaction ? H2DurableCommits.durable(patient) : patient);
        jdbi.setSqlLogger(statements);
        this.files = DatabaseOutages.guard(PrivateFileRepository.class,
                new JdbcPrivateFileRepository(jdbi, dialect, SearchSql.probe(jdbi, dialect), new TagLookup()));
        this.tags = DatabaseOutages.guard(FileTagCatalog.class, new JdbcFileTagCatalog(jdbi));
        this.directory = DatabaseOutages.guard(Directory.class, new JdbcDirectory(jdbi, dialect));
        this.throttle = DatabaseOutages.guard(ThrottleStore.class, new JdbcThrottleStore(jdbi, dialect));
    }

    /**
     * Opens a pool on the database ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}; user and
     * password may be null when the URL carries them) and runs the pending migrations.
     */
    public static JdbcPersistence open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, jdbcUrl.startsWith("jdbc:h2:file:"));
    }

    /** {@link #open}, with or without {@link H2StoreCompaction} (the durability bench measures both). */
    static JdbcPersistence open(String jdbcUrl, String user, String password, boolean h2Compaction) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect = Dialect.ofUrl(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null && !user.isEmpty()) {
            config.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setPoolName("private-files-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Migrations.run(dataSource, dialect);
            return new JdbcPersistence(dataSource, dialect, h2Compaction);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The URL of the embedded H2 database file {@code private-files.mv.db} in a data folder, set
     * for one JVM using it from many threads: row locks (the throttle's, upload parts') are waited
     * for up to 10 s ({@code LOCK_TIMEOUT}); every commit is written to the file before it returns
     * ({@code WRITE_DELAY=0}; with a delay, 100 ms before issue 8, acknowledged writes were lost on kill -9), which
     * stops H2's background writer and its compaction, so {@link H2StoreCompaction} does that part;
     * emptied chunks are overwritten only after 45 s ({@code RETENTION_TIME=45000}, H2's default,
     * spelled out so that it overrides the 0 that databases made before stored: with 0, kill -9
     * lost acknowledged commits, bench/h2-kill-rounds.sh); and the database stays
     * open until the pool closes its connections instead of being closed under it by H2's shutdown
     * hook ({@code DB_CLOSE_ON_EXIT}).
     */
    public static String h2FileUrl(Path dataDir) {
        String folder = dataDir.toAbsolutePath().normalize().toString();
        if (folder.indexOf(';') >= 0) {
            throw new IllegalArgumentException("the data folder's path must not contain ';': " + folder);
        }
        return "jdbc:h2:file:" + Path.of(folder, "private-files") + H2_SETTINGS;
    }

    public PrivateFileRepository files() {
        return files;
    }

    public FileTagCatalog tags() {
        return tags;
    }

    public Directory directory() {
        return directory;
    }

    public ThrottleStore throttle() {
        return throttle;
    }

    /** Reports the pool's metrics to this tracker from now on (once per pool; HikariCP allows it on a running pool). */
    public void trackPoolMetrics(MetricsTrackerFactory tracker) {
        dataSource.setMetricsTrackerFactory(tracker);
    }

    /** How many SQL statements the adapters have run on this pool: each is one round trip to PostgreSQL. */
    public long statementsRun() {
        return statements.count();
    }

    public boolean isPostgres() {
        return dialect == Dialect.POSTGRES;
    }

    /** Closes the pool; an embedded H2 database closes with its last connection. */
    @Override
    public void close() {
        if (compaction != null) {
            compaction.close();
        }
        dataSource.close();
    }
}
