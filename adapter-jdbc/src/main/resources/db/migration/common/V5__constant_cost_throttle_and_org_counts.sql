-- Throttling at a cost that does not grow with the window: every admission under a key gets the
-- next sequence number of that key and an instant no earlier than the key's previous one, so the
-- admissions in a window are the sequence numbers from the first one inside it to the key's last:
-- two index look-ups count them, however many there are (see JdbcThrottleStore).
ALTER TABLE throttle_keys ADD COLUMN last_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE throttle_keys ADD COLUMN last_at TIMESTAMP(6) WITH TIME ZONE;

CREATE TABLE throttle_admissions (
    window_key  VARCHAR(255) NOT NULL,
    seq         BIGINT NOT NULL,
    admitted_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT throttle_admissions_pkey PRIMARY KEY (window_key, seq)
);
CREATE INDEX throttle_admissions_key_time ON throttle_admissions (window_key, admitted_at, seq);
CREATE INDEX throttle_admissions_time ON throttle_admissions (admitted_at);

INSERT INTO throttle_keys (window_key)
    SELECT DISTINCT h.window_key FROM throttle_hits h
     WHERE NOT EXISTS (SELECT 1 FROM throttle_keys k WHERE k.window_key = h.window_key);
INSERT INTO throttle_admissions (window_key, seq, admitted_at)
    SELECT window_key, ROW_NUMBER() OVER (PARTITION BY window_key ORDER BY admitted_at, id), admitted_at
      FROM throttle_hits;
UPDATE throttle_keys SET
    last_seq = (SELECT COUNT(*) FROM throttle_admissions a WHERE a.window_key = throttle_keys.window_key),
    last_at = (SELECT MAX(a.admitted_at) FROM throttle_admissions a WHERE a.window_key = throttle_keys.window_key);
DROP TABLE throttle_hits;

-- The number of files of each org, kept in the transaction of every insert and delete, so that
-- the unfiltered X-Total-Count is one primary-key read instead of a scan of the org's rows.
CREATE TABLE org_file_counts (
    org_id BIGINT PRIMARY KEY,
    files  BIGINT NOT NULL
);
INSERT INTO org_file_counts (org_id, files) SELECT org_id, COUNT(*) FROM private_files GROUP BY org_id;
