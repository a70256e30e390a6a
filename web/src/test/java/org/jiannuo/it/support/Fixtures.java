package org.jiannuo.it.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.generator.ProvisionedCounty;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.io.UploadSpool;

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

    /** The bytes as an upload waits for the import: spooled to a file (left to the temp directory's cleaning). */
    public static Path spooled(byte[] content) {
        try {
            return UploadSpool.spool(new ByteArrayInputStream(content), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
