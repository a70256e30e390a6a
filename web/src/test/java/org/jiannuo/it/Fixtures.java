package org.jiannuo.it;

import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.generator.ProvisionedCounty;

/** Tenants with generated data, created once per suite run inside the container. */
public final class Fixtures {

    public static final String PASSWORD = "Fixture#2026";
    public static final String TENANT_A = "it-a";
    public static final String TENANT_B = "it-b";

    private Fixtures() {
    }

    /** A small county: 1 committee with 2 branches of about 10 people, different per seed. */
    public static CountyPlan smallCounty(long seed) {
        return new CountyPlan("测试县", 1, 2, 10, seed);
    }

    public static void ensureTenant(CountyProvisioning provisioning, String code, long seed) {
        if (!provisioning.exists(code)) {
            ProvisionedCounty county = provisioning.provision(code, "测试组织部 " + code, smallCounty(seed), PASSWORD);
            if (county.people() == 0) {
                throw new IllegalStateException("Fixture tenant " + code + " has no people");
            }
        }
    }
}
