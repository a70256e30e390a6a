-- PostgreSQL only. First V45's backfill of the star ratings' public keys again, as the table's owner with the forced
-- row-level security lifted for the duration (as V37_1 does for V37): an ordinary owner role saw no rows in V45.

ALTER TABLE star_rating NO FORCE ROW LEVEL SECURITY;
UPDATE star_rating SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
ALTER TABLE star_rating FORCE ROW LEVEL SECURITY;

-- Objections against star ratings are tenant-owned like the tables of V3.
ALTER TABLE star_objection ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_objection FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_objection
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
