-- PostgreSQL only (H2 has a no-op V6): the throttle in one call, and indexes for counts.
--
-- throttle_acquire: one admission decided and recorded in one round trip (see JdbcThrottleStore
-- and V5). For window i it locks the key rows (in key order, so callers queue instead of
-- deadlocking), counts the admissions in (now_at - lengths_us[i], ...] from the key's last sequence number and the
-- first one inside the window (two index look-ups, whatever the count), and, when every window
-- has room, records now_at (or the key's last instant, when that is later) under every key.
-- It returns, per window in the order given, what was counted before this request: used, the
-- oldest instant inside the window, and the limits[i]-th newest (only when the window is full).
--
-- The throttle's own transaction commits asynchronously (synchronous_commit off, for this
-- transaction only): its locks are released without waiting for the WAL flush, and a crash of
-- PostgreSQL may forget the admissions of the last wal_writer_delay x 3 (600 ms by default),
-- never invent any.
CREATE FUNCTION throttle_acquire(keys TEXT[], limits INT[], lengths_us BIGINT[], now_at TIMESTAMPTZ)
RETURNS TABLE (used BIGINT, oldest TIMESTAMPTZ, limitth TIMESTAMPTZ)
LANGUAGE plpgsql
-- Index look-ups only, whatever the statistics say: PL/pgSQL keeps each statement's plan for the
-- session, and a plan made while throttle_admissions was small (a fresh database) scans it whole,
-- so each admission got slower as the table grew (measured: 437 -> 87 calls/s in 30 s, 2,100+
-- with index plans). Only this function's statements are affected.
SET enable_seqscan = off
AS $$
DECLARE
    k TEXT;
    i INT;
    last BIGINT;
    last_instant TIMESTAMPTZ;
    first_seq BIGINT;
    first_at TIMESTAMPTZ;
    limitth_at TIMESTAMPTZ;
    counted BIGINT;
    admit BOOLEAN := TRUE;
    useds BIGINT[] := '{}';
    oldests TIMESTAMPTZ[] := '{}';
    limitths TIMESTAMPTZ[] := '{}';
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    FOR k IN SELECT DISTINCT u FROM unnest(keys) AS u ORDER BY u LOOP
        PERFORM 1 FROM throttle_keys t WHERE t.window_key = k FOR UPDATE;
        IF NOT FOUND THEN
            INSERT INTO throttle_keys (window_key) VALUES (k) ON CONFLICT (window_key) DO NOTHING;
            PERFORM 1 FROM throttle_keys t WHERE t.window_key = k FOR UPDATE;
        END IF;
    END LOOP;
    FOR i IN 1 .. cardinality(keys) LOOP
        SELECT t.last_seq INTO last FROM throttle_keys t WHERE t.window_key = keys[i];
        SELECT a.seq, a.admitted_at INTO first_seq, first_at FROM throttle_admissions a
         WHERE a.window_key = keys[i] AND a.admitted_at > now_at - lengths_us[i] * INTERVAL '1 microsecond'
         ORDER BY a.admitted_at, a.seq LIMIT 1;
        counted := CASE WHEN first_seq IS NULL THEN 0 ELSE last - first_seq + 1 END;
        limitth_at := NULL;
        IF counted >= limits[i] THEN
            admit := FALSE;
            IF limits[i] > 0 THEN
                SELECT a.admitted_at INTO limitth_at FROM throttle_admissions a
                 WHERE a.window_key = keys[i] AND a.seq = last - limits[i] + 1;
            END IF;
        END IF;
        useds := useds || counted;
        oldests := oldests || first_at;
        limitths := limitths || limitth_at;
    END LOOP;
    IF admit THEN
        FOR k IN SELECT DISTINCT u FROM unnest(keys) AS u ORDER BY u LOOP
            UPDATE throttle_keys t SET last_seq = t.last_seq + 1, last_at = GREATEST(now_at, t.last_at)
             WHERE t.window_key = k
             RETURNING t.last_seq, t.last_at INTO last, last_instant;
            INSERT INTO throttle_admissions (window_key, seq, admitted_at) VALUES (k, last, last_instant);
        END LOOP;
    END IF;
    RETURN QUERY SELECT r.u, r.o, r.l FROM unnest(useds, oldests, limitths) WITH ORDINALITY AS r(u, o, l, n) ORDER BY r.n;
END
$$;

-- An org-wide listing that hides export-tagged files counts them apart (org total minus these):
-- they are few, and this partial index holds only them.
CREATE INDEX private_files_org_export_tagged ON private_files (org_id) WHERE export_tagged;

-- A count of an org's files with any of some tags, and no other filter, reads only this index
-- (FileListSql): each tag row carries its file's org (files never change org), set on insert.
ALTER TABLE private_file_tags ADD COLUMN org_id BIGINT;
UPDATE private_file_tags t SET org_id = f.org_id FROM private_files f WHERE f.id = t.file_id;
CREATE FUNCTION private_file_tags_org() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    SELECT f.org_id INTO NEW.org_id FROM private_files f WHERE f.id = NEW.file_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER private_file_tags_org BEFORE INSERT ON private_file_tags
    FOR EACH ROW EXECUTE FUNCTION private_file_tags_org();
CREATE INDEX private_file_tags_org_tag ON private_file_tags (org_id, tag_id, file_id);
