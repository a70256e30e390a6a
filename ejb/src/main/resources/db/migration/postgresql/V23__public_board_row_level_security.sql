-- PostgreSQL only. First V22's backfill of the public keys again, as the tables' owner with the forced
-- row-level security lifted for the duration: an ordinary owner role saw no rows of any tenant in V22
-- (a superuser saw them all, and those rows already have their key).

ALTER TABLE org_unit NO FORCE ROW LEVEL SECURITY;
ALTER TABLE person NO FORCE ROW LEVEL SECURITY;
ALTER TABLE commitment NO FORCE ROW LEVEL SECURITY;
ALTER TABLE grading NO FORCE ROW LEVEL SECURITY;

UPDATE org_unit SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
UPDATE person SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
UPDATE commitment SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;
UPDATE grading SET public_key = REPLACE(CAST(gen_random_uuid() AS VARCHAR(36)), '-', '') WHERE public_key IS NULL;

ALTER TABLE org_unit FORCE ROW LEVEL SECURITY;
ALTER TABLE person FORCE ROW LEVEL SECURITY;
ALTER TABLE commitment FORCE ROW LEVEL SECURITY;
ALTER TABLE grading FORCE ROW LEVEL SECURITY;

ALTER TABLE publicity_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE publicity_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON publicity_rules
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE grade_objection ENABLE ROW LEVEL SECURITY;
ALTER TABLE grade_objection FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON grade_objection
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
