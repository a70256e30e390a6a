-- PostgreSQL only: the fulfilment tables are tenant-owned like those of V3 and V9.

ALTER TABLE fulfilment_record ENABLE ROW LEVEL SECURITY;
ALTER TABLE fulfilment_record FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON fulfilment_record
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE close_out_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE close_out_report FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON close_out_report
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE evidence_file ENABLE ROW LEVEL SECURITY;
ALTER TABLE evidence_file FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON evidence_file
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE quarterly_check ENABLE ROW LEVEL SECURITY;
ALTER TABLE quarterly_check FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON quarterly_check
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE rectification ENABLE ROW LEVEL SECURITY;
ALTER TABLE rectification FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON rectification
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE reminder ENABLE ROW LEVEL SECURITY;
ALTER TABLE reminder FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON reminder
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
