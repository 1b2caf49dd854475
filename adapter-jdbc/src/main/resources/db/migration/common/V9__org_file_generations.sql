-- A per-org generation of the files' rows: every insert, update and delete of a file adds one to
-- one of 16 slots of its org (by file id, so that writers of one org rarely wait for each other),
-- in the same transaction. The sum of an org's slots changes whenever anything a count could
-- depend on has changed, so a count remembered with the sum it was taken at stays exact while the
-- sum is the same (see CountCache).
CREATE TABLE org_file_generations (
    org_id     BIGINT NOT NULL,
    slot       INT NOT NULL,
    generation BIGINT NOT NULL,
    CONSTRAINT org_file_generations_pkey PRIMARY KEY (org_id, slot)
);
