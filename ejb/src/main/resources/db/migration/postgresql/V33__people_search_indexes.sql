-- PostgreSQL only: the people list's search by indexes. An ID-card number is searched by its
-- prefix, which a B-tree serves only with the pattern operator class under a collation other than C.
CREATE INDEX person_id_card_prefix_ix ON person (tenant_code, id_card_no varchar_pattern_ops);

-- A name is searched anywhere in it (LIKE '%…%'): a trigram index serves terms of three characters
-- or more. pg_trgm is a trusted extension, which a role with CREATE on the database may install;
-- where it cannot be had (no contrib package, no privilege, installed where this role may not use
-- it) the search scans the tenant's people as before, and the migration goes on.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm is not available (%): names are searched without a trigram index', SQLERRM;
    END;
    SELECT n.nspname INTO trgm_schema
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        BEGIN
            EXECUTE format('CREATE INDEX person_name_trgm_ix ON person USING gin (name %I.gin_trgm_ops)',
                    trgm_schema);
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'no trigram index on person names (%)', SQLERRM;
        END;
    END IF;
END $$;
