-- PostgreSQL only: opinions and their rules are tenant-owned like the tables of V3. spent_challenge belongs to
-- no tenant (a challenge is handed out before anyone knows which board it is for) and names nobody.

ALTER TABLE opinion ENABLE ROW LEVEL SECURITY;
ALTER TABLE opinion FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opinion
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE opinion_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE opinion_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON opinion_rules
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
