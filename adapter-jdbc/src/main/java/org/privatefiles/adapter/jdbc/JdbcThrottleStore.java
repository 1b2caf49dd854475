package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.privatefiles.application.port.out.ThrottleStore;
import org.privatefiles.domain.throttle.ThrottleDecision;
import org.privatefiles.domain.throttle.ThrottlePolicy;
import org.privatefiles.domain.throttle.ThrottleWindow;
import org.privatefiles.domain.throttle.WindowVerdict;

/**
 * Persistence adapter: admitted request instants per window key. One transaction per
 * {@link #tryAcquire}: with each key's row in place, it locks those rows in key order (so
 * concurrent callers, in this process or another sharing the database, queue instead of
 * deadlocking), reads the instants inside each window, lets {@link ThrottlePolicy} decide, and
 * records {@code now} under every key only when every window admits.
 */
final class JdbcThrottleStore implements ThrottleStore {
    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbcThrottleStore(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    @Override
    public ThrottleDecision tryAcquire(List<ThrottleWindow> windows, Instant now) {
        TreeSet<String> keys = new TreeSet<>();
        windows.forEach(w -> keys.add(w.key()));
        if (dialect == Dialect.H2) {
            jdbi.useHandle(h -> keys.forEach(key -> insertKeyIfMissing(h, key)));
        }
        return jdbi.inTransaction(h -> {
            if (dialect == Dialect.POSTGRES) {
                for (String key : keys) {
                    insertKeyIfMissing(h, key);
                }
            }
            for (String key : keys) {
                h.createQuery("SELECT window_key FROM throttle_keys WHERE window_key = :key FOR UPDATE")
                        .bind("key", key).mapTo(String.class).one();
            }
            ThrottleDecision decision = decide(h, windows, now);
            if (decision.admitted()) {
                var batch = h.prepareBatch("INSERT INTO throttle_hits (window_key, admitted_at) VALUES (:key, :at)");
                for (String key : keys) {
                    batch.bind("key", key).bindByType("at", now, Instant.class).add();
                }
                batch.execute();
            }
            return decision;
        });
    }

    @Override
    public ThrottleDecision peek(List<ThrottleWindow> windows, Instant now) {
        return jdbi.withHandle(h -> decide(h, windows, now));
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM throttle_hits WHERE admitted_at < :cutoff")
                .bindByType("cutoff", cutoff, Instant.class).execute());
    }

    /**
     * PostgreSQL: inside the deciding transaction ({@code ON CONFLICT DO NOTHING} waits for a
     * concurrent insert of the key and never fails). H2: before it, in auto-commit, because H2's
     * MERGE inside racing transactions can deadlock on the fresh row; a lost race is a unique
     * violation, and the row is there then. Either way the key row exists before it is locked.
     */
    private void insertKeyIfMissing(Handle h, String key) {
        try {
            h.createUpdate(dialect.insertThrottleKeySql()).bind("key", key).execute();
        } catch (RuntimeException e) {
            if (dialect != Dialect.H2 || !SqlFailures.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    private static ThrottleDecision decide(Handle h, List<ThrottleWindow> windows, Instant now) {
        List<WindowVerdict> verdicts = new ArrayList<>(windows.size());
        for (ThrottleWindow window : windows) {
            verdicts.add(ThrottlePolicy.evaluate(window, admittedSince(h, window, now), now));
        }
        return new ThrottleDecision(verdicts);
    }

    /** The instants under the window's key from its start on (a superset; the policy trims to the window), ascending. */
    private static List<Instant> admittedSince(Handle h, ThrottleWindow window, Instant now) {
        Instant start = now.minus(window.length()).truncatedTo(ChronoUnit.MICROS);
        return h.createQuery("SELECT admitted_at FROM throttle_hits WHERE window_key = :key AND admitted_at >= :start"
                        + " ORDER BY admitted_at")
                .bind("key", window.key()).bindByType("start", start, Instant.class)
                .mapTo(Instant.class).list();
    }
}
