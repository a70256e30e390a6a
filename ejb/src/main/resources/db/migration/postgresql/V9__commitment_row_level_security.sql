-- PostgreSQL only: the commitment tables are tenant-owned like those of V3.
ALTER TABLE commitment_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE commitment_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON commitment_rules
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE commitment ENABLE ROW LEVEL SECURITY;
ALTER TABLE commitment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON commitment
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE commitment_revision ENABLE ROW LEVEL SECURITY;
ALTER TABLE commitment_revision FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON commitment_revision
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE review_decision ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_decision FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON review_decision
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
