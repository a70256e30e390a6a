-- PostgreSQL only: subscriptions, runs and deliveries are tenant-owned like the tables of V3.

ALTER TABLE report_subscription ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_subscription FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON report_subscription
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE delivery_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE delivery_run FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON delivery_run
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));

ALTER TABLE delivery ENABLE ROW LEVEL SECURITY;
ALTER TABLE delivery FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON delivery
    USING (tenant_code = current_setting('jiannuo.tenant', true))
    WITH CHECK (tenant_code = current_setting('jiannuo.tenant', true));
