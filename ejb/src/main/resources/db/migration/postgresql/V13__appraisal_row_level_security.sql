-- PostgreSQL only: the appraisal tables are tenant-owned like those of V3, V9 and V11.

ALTER TABLE appraisal_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE appraisal_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON appraisal_rules
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE meeting ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON meeting
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE meeting_attendance ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_attendance FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON meeting_attendance
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE narration_exemption ENABLE ROW LEVEL SECURITY;
ALTER TABLE narration_exemption FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON narration_exemption
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE remark ENABLE ROW LEVEL SECURITY;
ALTER TABLE remark FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON remark
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE ballot_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE ballot_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ballot_tally
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE ballot_receipt ENABLE ROW LEVEL SECURITY;
ALTER TABLE ballot_receipt FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ballot_receipt
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE grading ENABLE ROW LEVEL SECURITY;
ALTER TABLE grading FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON grading
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
