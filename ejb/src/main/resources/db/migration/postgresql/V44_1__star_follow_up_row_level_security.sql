-- PostgreSQL only: the star follow-up's tables of V44 are tenant-owned like the tables of V3.

ALTER TABLE star_follow_up_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_follow_up_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_follow_up_rules
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_reserve_cadre ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_reserve_cadre FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_reserve_cadre
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_lagging ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_lagging FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_lagging
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_help ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_help FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_help
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
