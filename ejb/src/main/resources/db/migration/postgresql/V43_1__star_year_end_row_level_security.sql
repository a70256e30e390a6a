-- PostgreSQL only: the tables of V43 (the year-end star appraisal and its ratings) are tenant-owned like those of V3.

ALTER TABLE star_appraisal ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_appraisal FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_appraisal
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE star_rating ENABLE ROW LEVEL SECURITY;
ALTER TABLE star_rating FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON star_rating
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
