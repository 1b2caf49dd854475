package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.privatefiles.domain.throttle.ThrottleWindow;
import org.privatefiles.domain.throttle.WindowTally;

/**
 * The statements of the throttle on {@code throttle_keys} and {@code throttle_admissions} (V5):
 * a window's tally from two index look-ups, and recording one admission under a key. The same
 * steps as PostgreSQL's {@code throttle_acquire} (V6), for H2 and for peeking.
 */
final class ThrottleTallies {
    private ThrottleTallies() {
    }

    /** The key's last sequence number, its row locked until the transaction ends; empty while the key has no row. */
    static Optional<Long> lockLastSeq(Handle h, String key) {
        return h.createQuery("SELECT last_seq FROM throttle_keys WHERE window_key = :key FOR UPDATE")
                .bind("key", key).mapTo(Long.class).findOne();
    }

    static long lastSeq(Handle h, String key) {
        return h.createQuery("SELECT last_seq FROM throttle_keys WHERE window_key = :key")
                .bind("key", key).mapTo(Long.class).findOne().orElse(0L);
    }

    /** The admissions under the window's key after {@code now - length}, counted from their sequence numbers. */
    static WindowTally tally(Handle h, ThrottleWindow window, long lastSeq, Instant now) {
        Instant start = now.minus(window.length());
        Optional<Admitted> first = h.createQuery("SELECT seq, admitted_at FROM throttle_admissions"
                        + " WHERE window_key = :key AND admitted_at > :start ORDER BY admitted_at, seq LIMIT 1")
                .bind("key", window.key()).bindByType("start", start, Instant.class)
                .map((rs, ctx) -> new Admitted(rs.getLong("seq"),
                        rs.getObject("admitted_at", OffsetDateTime.class).toInstant()))
                .findOne();
        if (first.isEmpty()) {
            return WindowTally.EMPTY;
        }
        int used = Math.toIntExact(lastSeq - first.get().seq() + 1);
        Instant limitth = null;
        if (window.limit() > 0 && used >= window.limit()) {
            limitth = h.createQuery("SELECT admitted_at FROM throttle_admissions WHERE window_key = :key AND seq = :seq")
                    .bind("key", window.key()).bind("seq", lastSeq - window.limit() + 1)
                    .mapTo(Instant.class).one();
        }
        return new WindowTally(used, first.get().at(), limitth);
    }

    /** Records an admission under a locked key: the next sequence number, at {@code now} or the key's last instant if later. */
    static void record(Handle h, String key, Instant now) {
        h.createUpdate("UPDATE throttle_keys SET last_seq = last_seq + 1,"
                        + " last_at = CASE WHEN last_at IS NULL OR last_at < :now THEN :now ELSE last_at END"
                        + " WHERE window_key = :key")
                .bind("key", key).bindByType("now", now, Instant.class).execute();
        h.createUpdate("INSERT INTO throttle_admissions (window_key, seq, admitted_at)"
                        + " SELECT window_key, last_seq, last_at FROM throttle_keys WHERE window_key = :key")
                .bind("key", key).execute();
    }

    private record Admitted(long seq, Instant at) {
    }
}
