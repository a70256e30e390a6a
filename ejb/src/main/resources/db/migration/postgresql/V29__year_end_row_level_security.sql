-- PostgreSQL only: the year-end evaluation's tables are tenant-owned like the tables of V3.

ALTER TABLE year_end_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE year_end_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON year_end_rules
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE year_end_campaign ENABLE ROW LEVEL SECURITY;
ALTER TABLE year_end_campaign FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON year_end_campaign
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE year_end_branch ENABLE ROW LEVEL SECURITY;
ALTER TABLE year_end_branch FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON year_end_branch
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE year_end_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE year_end_member FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON year_end_member
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
