package org.privatefiles.adapter.jdbc;

import java.sql.Connection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the sparsest chunks of an embedded H2 file from time to time, the housekeeping that
 * H2's background writer would do but does not run with {@code WRITE_DELAY=0} (see
 * {@link JdbcPersistence#h2FileUrl}); without it, every commit's chunk stays partly live and the
 * file grows many times over.
 */
final class H2StoreCompaction implements AutoCloseable {
    /** Chunks are rewritten while the live share of all chunks is below this percentage. */
    static final int TARGET_FILL_RATE = 80;
    /** Live bytes rewritten per round at most: bounds how long a round holds H2's store lock. */
    static final int BYTES_PER_ROUND = 512 * 1024;
    static final long ROUND_MILLIS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(H2StoreCompaction.class);

    private final DataSource dataSource;
    private final ScheduledExecutorService timer;

    /** Rounds only when {@link #round} is called; {@link #start} schedules them. */
    H2StoreCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "private-files-h2-compaction");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts rounds on the embedded database behind the pool. */
    static H2StoreCompaction start(DataSource dataSource) {
        H2StoreCompaction compaction = new H2StoreCompaction(dataSource);
        compaction.timer.scheduleWithFixedDelay(compaction::round, ROUND_MILLIS, ROUND_MILLIS, TimeUnit.MILLISECONDS);
        return compaction;
    }

    /**
     * One round: moves the live pages of the sparsest chunks into the next version and stores it
     * at once; the emptied chunks are then free for reuse once older than {@code RETENTION_TIME}.
     */
    void round() {
        try (Connection connection = dataSource.getConnection()) {
            if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal)) {
                LOG.warn("H2 compaction stops: the database is not embedded in this JVM");
                timer.shutdown();
                return;
            }
            MVStore store = mvStore(connection);
            if (!store.isClosed() && store.compact(TARGET_FILL_RATE, BYTES_PER_ROUND)) {
                store.commit();
            }
        } catch (Exception | AssertionError e) {
            LOG.warn("H2 compaction round failed; the next round tries again", e);
        }
    }

    /** The MVStore of the database a pooled H2 connection belongs to (H2's engine classes: embedded only). */
    static MVStore mvStore(Connection connection) throws java.sql.SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }

    @Override
    public void close() {
        // no interrupt: an interrupted H2 file write closes H2's file channel and stops the database
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
