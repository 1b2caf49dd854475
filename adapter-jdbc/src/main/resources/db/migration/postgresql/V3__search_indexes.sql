-- PostgreSQL only (H2 has a no-op V3): a trigram index for search, when pg_trgm can be had.
--
-- Search looks for the folded term in the seven searched columns joined by chr(31) (the unit
-- separator): a term without that character is in the joined text exactly when it is in one of
-- the columns, so one LIKE on the joined text decides, and this index serves it. The fold is
-- lower(... COLLATE "und-x-icu") when the ICU root collation exists (it folds like Java's
-- toLowerCase(Locale.ROOT)), else plain lower(...); the adapter reads which from this index's
-- definition. Without pg_trgm (CREATE EXTENSION not permitted, or the extension not installed)
-- the migration only warns, and search scans the org's rows.
DO $$
DECLARE
    trgm_schema TEXT;
    fold_collation TEXT := '';
BEGIN
    SELECT n.nspname INTO trgm_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NULL THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
            trgm_schema := 'public';
        EXCEPTION WHEN OTHERS THEN
            RAISE WARNING 'private-files: pg_trgm is not available (%); search will run without a trigram index', SQLERRM;
            RETURN;
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') THEN
        fold_collation := ' COLLATE "und-x-icu"';
    END IF;
    EXECUTE format(
        'CREATE INDEX private_files_search_trgm ON private_files USING gin (lower(('
        || 'coalesce(title, '''') || chr(31) || coalesce(system_uuid, '''') || chr(31) || coalesce(input_data, '''')'
        || ' || chr(31) || coalesce(input_data_hash, '''') || chr(31) || coalesce(file_hash, '''')'
        || ' || chr(31) || coalesce(status, '''') || chr(31) || coalesce(status_message, ''''))%s) %I.gin_trgm_ops)',
        fold_collation, trgm_schema);
END
$$;
