package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.privatefiles.application.port.out.ThrottleStore;
import org.privatefiles.domain.throttle.ThrottleDecision;
import org.privatefiles.domain.throttle.ThrottlePolicy;
import org.privatefiles.domain.throttle.ThrottleWindow;
import org.privatefiles.domain.throttle.WindowTally;
import org.privatefiles.domain.throttle.WindowVerdict;

/**
 * Persistence adapter: admissions per window key, numbered per key (V5), so that a window's count
 * is the key's last number minus the first number inside the window: the cost of an admission
 * does not depend on how many the window holds or on the limit. Each {@link #tryAcquire} is one
 * transaction that locks the key rows in key order (callers in this process or another sharing
 * the database queue instead of deadlocking), tallies every window, lets {@link ThrottlePolicy}
 * decide, and records the admission under every key only when every window admits. On
 * PostgreSQL that transaction is one call of {@code throttle_acquire} (V6): one round trip, and
 * an asynchronous commit, so no request waits for a WAL flush while holding the org's key.
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
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return dialect == Dialect.POSTGRES ? acquireInOneCall(windows, at) : acquireByStatements(windows, at);
    }

    @Override
    public ThrottleDecision peek(List<ThrottleWindow> windows, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return jdbi.withHandle(h -> {
            List<WindowVerdict> verdicts = new ArrayList<>(windows.size());
            for (ThrottleWindow window : windows) {
                WindowTally tally = ThrottleTallies.tally(h, window, ThrottleTallies.lastSeq(h, window.key()), at);
                verdicts.add(ThrottlePolicy.evaluate(window, tally, at));
            }
            return new ThrottleDecision(verdicts);
        });
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM throttle_admissions WHERE admitted_at < :cutoff")
                .bindByType("cutoff", cutoff, Instant.class).execute());
    }

    private ThrottleDecision acquireInOneCall(List<ThrottleWindow> windows, Instant now) {
        return jdbi.withHandle(h -> {
            String[] keys = windows.stream().map(ThrottleWindow::key).toArray(String[]::new);
            Integer[] limits = windows.stream().map(ThrottleWindow::limit).toArray(Integer[]::new);
            Long[] lengths = windows.stream().map(w -> ChronoUnit.MICROS.between(Instant.EPOCH, Instant.EPOCH.plus(w.length())))
                    .toArray(Long[]::new);
            List<WindowTally> tallies = h.createQuery("SELECT used, oldest, limitth FROM throttle_acquire(:keys, :limits, :lengths, :now)")
                    .bindArray("keys", String.class, (Object[]) keys)
                    .bindArray("limits", Integer.class, (Object[]) limits)
                    .bindArray("lengths", Long.class, (Object[]) lengths)
                    .bindByType("now", now, Instant.class)
                    .map((rs, ctx) -> new WindowTally(Math.toIntExact(rs.getLong("used")),
                            instant(rs.getObject("oldest", OffsetDateTime.class)),
                            instant(rs.getObject("limitth", OffsetDateTime.class))))
                    .list();
            return decision(windows, tallies, now);
        });
    }

    /** H2: the steps of {@code throttle_acquire} as statements; a key seen for the first time gets its row first. */
    private ThrottleDecision acquireByStatements(List<ThrottleWindow> windows, Instant now) {
        TreeSet<String> keys = new TreeSet<>();
        windows.forEach(w -> keys.add(w.key()));
        while (true) {
            Optional<ThrottleDecision> decided = jdbi.inTransaction(h -> {
                Map<String, Long> lastSeqs = new HashMap<>();
                for (String key : keys) {
                    Optional<Long> last = ThrottleTallies.lockLastSeq(h, key);
                    if (last.isEmpty()) {
                        return Optional.<ThrottleDecision>empty();
                    }
                    lastSeqs.put(key, last.get());
                }
                List<WindowTally> tallies = new ArrayList<>(windows.size());
                for (ThrottleWindow window : windows) {
                    tallies.add(ThrottleTallies.tally(h, window, lastSeqs.get(window.key()), now));
                }
                ThrottleDecision decision = decision(windows, tallies, now);
                if (decision.admitted()) {
                    keys.forEach(key -> ThrottleTallies.record(h, key, now));
                }
                return Optional.of(decision);
            });
            if (decided.isPresent()) {
                return decided.get();
            }
            jdbi.useHandle(h -> keys.forEach(key -> insertKeyIfMissing(h, key)));
        }
    }

    /**
     * In auto-commit, outside the deciding transaction, because H2's MERGE inside racing
     * transactions can deadlock on the fresh row; a lost race is a unique violation, and the row
     * is there then.
     */
    private void insertKeyIfMissing(Handle h, String key) {
        try {
            h.createUpdate(dialect.insertThrottleKeySql()).bind("key", key).execute();
        } catch (RuntimeException e) {
            if (!SqlFailures.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    private static ThrottleDecision decision(List<ThrottleWindow> windows, List<WindowTally> tallies, Instant now) {
        List<WindowVerdict> verdicts = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            verdicts.add(ThrottlePolicy.evaluate(windows.get(i), tallies.get(i), now));
        }
        return new ThrottleDecision(verdicts);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
