-- PostgreSQL only: the village star tables are tenant-owned like the tables of V3.

ALTER TABLE star_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_rules
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_target ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_target FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_target
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE village_household ENABLE ROW LEVEL SECURITY;
ALTER TABLE village_household FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON village_household
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE household_liaison ENABLE ROW LEVEL SECURITY;
ALTER TABLE household_liaison FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON household_liaison
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE duty_post ENABLE ROW LEVEL SECURITY;
ALTER TABLE duty_post FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON duty_post
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE post_claim ENABLE ROW LEVEL SECURITY;
ALTER TABLE post_claim FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON post_claim
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_log_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_log_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_log_entry
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_log_photo ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_log_photo FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_log_photo
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
