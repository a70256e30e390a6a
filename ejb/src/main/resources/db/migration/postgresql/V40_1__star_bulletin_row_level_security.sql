-- PostgreSQL only: the tables of V40 (star bulletins, debriefings, pre-assessments) are tenant-owned like those of V3.

ALTER TABLE star_bulletin ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_bulletin FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_bulletin
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_progress ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_progress FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_progress
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_debriefing ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_debriefing FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_debriefing
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_pre_assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_pre_assessment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_pre_assessment
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_pre_rating ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_pre_rating FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_pre_rating
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
