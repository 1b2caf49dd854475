-- Puts :admissions read admissions of the last hour into the windows of org 1 and user 1, as if
-- the service had admitted them (numbered 1..n, ascending instants), replacing what was there.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO throttle_keys (window_key) VALUES ('org:1:read'), ('user:1:read') ON CONFLICT (window_key) DO NOTHING;
-- admissions still in flight when wrk stopped wait for this transaction instead of numbering past the DELETE
SELECT 1 FROM throttle_keys WHERE window_key IN ('org:1:read', 'user:1:read') FOR UPDATE;
DELETE FROM throttle_admissions WHERE window_key IN ('org:1:read', 'user:1:read');
INSERT INTO throttle_admissions (window_key, seq, admitted_at)
SELECT k, g, now() - INTERVAL '58 minutes' + g * (INTERVAL '55 minutes' / :admissions)
  FROM unnest(ARRAY['org:1:read', 'user:1:read']) k, generate_series(1, :admissions) g;
UPDATE throttle_keys t SET last_seq = :admissions,
       last_at = (SELECT MAX(admitted_at) FROM throttle_admissions a WHERE a.window_key = t.window_key)
 WHERE window_key IN ('org:1:read', 'user:1:read');
COMMIT;
VACUUM ANALYZE throttle_admissions;
VACUUM ANALYZE throttle_keys;
