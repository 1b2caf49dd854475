-- H2: nothing to do. PostgreSQL's V6 adds the throttle's one-round-trip function and a partial
-- index for counts; embedded H2 has no round trips to save (JdbcThrottleStore runs the same steps
-- as statements). The statement below keeps the history of both databases at the same versions.
SELECT 1;
