-- H2: nothing to do. PostgreSQL's V3 adds a trigram index for search; H2 has no such index
-- type, and searches there scan the org's rows (see postgresql/V3__search_indexes.sql).
-- The statement below keeps the history of both databases at the same versions.
SELECT 1;
