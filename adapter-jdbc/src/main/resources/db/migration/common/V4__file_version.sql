-- The version of each file: every write moves it on by one and is made only when the row is
-- still at the version the writer read (compare and set), so concurrent writes cannot undo
-- each other; the HTTP adapter names it in the ETag header.
ALTER TABLE private_files ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
