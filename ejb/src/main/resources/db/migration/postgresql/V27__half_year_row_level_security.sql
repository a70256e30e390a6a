-- PostgreSQL only: self-reports and bulletins are tenant-owned like the tables of V3.

ALTER TABLE self_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE self_report FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON self_report
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE bulletin ENABLE ROW LEVEL SECURITY;
ALTER TABLE bulletin FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON bulletin
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
