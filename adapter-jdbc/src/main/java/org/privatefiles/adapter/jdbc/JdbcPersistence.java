package org.privatefiles.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Objects;
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
    static final String H2_SETTINGS = ";LOCK_TIMEOUT=10000;WRITE_DELAY=100;DB_CLOSE_ON_EXIT=FALSE";
    /** The knee measured by bench/api-throughput/pool-size.sh on 2 cores: no gain past 8, a loss at 32 (docs/decisions.md). */
    static final int POOL_SIZE = 8;

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final PrivateFileRepository files;
    private final FileTagCatalog tags;
    private final Directory directory;
    private final ThrottleStore throttle;
    private final StatementCounter statements = new StatementCounter();

    private JdbcPersistence(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        Jdbi jdbi = JdbiFactory.create(dataSource);
        jdbi.setSqlLogger(statements);
        this.files = new JdbcPrivateFileRepository(jdbi, dialect, SearchSql.probe(jdbi, dialect), new TagLookup(jdbi));
        this.tags = new JdbcFileTagCatalog(jdbi);
        this.directory = new JdbcDirectory(jdbi, dialect);
        this.throttle = new JdbcThrottleStore(jdbi, dialect);
    }

    /**
     * Opens a pool on the database ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}; user and
     * password may be null when the URL carries them) and runs the pending migrations.
     */
    public static JdbcPersistence open(String jdbcUrl, String user, String password) {
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
        config.setConnectionTimeout(10_000);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Migrations.run(dataSource, dialect);
            return new JdbcPersistence(dataSource, dialect);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The URL of the embedded H2 database file {@code private-files.mv.db} in a data folder, set
     * for one JVM using it from many threads: row locks (the throttle's, upload parts') are waited
     * for up to 10 s ({@code LOCK_TIMEOUT}); commits reach the file within 100 ms ({@code WRITE_DELAY},
     * H2's default is 500; 0 would write every commit at once but stops H2's background compaction,
     * and the file grew 40-fold in a test); and the database stays open until the pool closes its
     * connections instead of being closed under it by H2's shutdown hook ({@code DB_CLOSE_ON_EXIT}).
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
        dataSource.close();
    }
}
