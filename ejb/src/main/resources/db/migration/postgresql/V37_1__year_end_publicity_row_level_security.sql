-- PostgreSQL only. First V37's backfill of the results' public keys again, as the table's owner with the forced
-- row-level security lifted for the duration (as V23 does for V22): an ordinary owner role saw no rows in V37.

ALTER TABLE year_end_member NO FORCE ROW LEVEL SECURITY;
UPDATE year_end_member SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
ALTER TABLE year_end_member FORCE ROW LEVEL SECURITY;

-- Objections against year-end results are tenant-owned like the tables of V3.
ALTER TABLE year_end_objection ENABLE ROW LEVEL SECURITY;
ALTER TABLE year_end_objection FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON year_end_objection
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
