-- PostgreSQL only: the reward's tables are tenant-owned like the tables of V3. (Numbered 38.1: the reward has
-- the one migration number 38, this script is its PostgreSQL half.)

ALTER TABLE year_end_model_post ENABLE ROW LEVEL SECURITY;
ALTER TABLE year_end_model_post FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON year_end_model_post
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE year_end_rectification ENABLE ROW LEVEL SECURITY;
ALTER TABLE year_end_rectification FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON year_end_rectification
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
