package org.jiannuo.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.generator.DemoActivity;
import org.jiannuo.infrastructure.generator.DemoWords;
import org.jiannuo.infrastructure.generator.ProvisionedCounty;

/**
 * On the first start with {@code jiannuo.demo.enabled}, creates the demo county and makes it live as of
 * today (see {@link DemoActivity}), then prints where to log in.
 * Bean-managed, so that no transaction wraps start-up: provisioning commits in its own, and a failed
 * commit reaches this bean instead of being logged and forgotten by the container.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "PlatformInstaller"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoTenantInstaller {

    public static final String TENANT_CODE = "demo";
    public static final String PASSWORD = "Demo@2026";
    /** The setting that makes a deployment a demo: with it the published demo password is allowed. */
    public static final String ENABLED = "jiannuo.demo.enabled";
    private static final Logger LOG = Logger.getLogger(DemoTenantInstaller.class.getName());

    @Inject
    @ConfigProperty(name = ENABLED, defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "jiannuo.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @EJB
    CountyProvisioning provisioning;

    @EJB
    DemoActivity activity;

    private final Clock clock = Clock.systemDefaultZone();

    @PostConstruct
    void install() {
        if (!enabled) {
            return;
        }
        try {
            if (!provisioning.exists(TENANT_CODE)) {
                ProvisionedCounty county = provisioning.provision(TENANT_CODE, DemoWords.text("tenant.name"),
                        CountyPlan.demo(), PASSWORD);
                LOG.info(() -> "Demo tenant created: " + county.units() + " units, " + county.people() + " people");
                TenantContext.callAs(TENANT_CODE, () -> {
                    activity.generate(LocalDate.now(clock));
                    return null;
                });
            }
        } catch (Exception e) {
            throw StartupFailure.fail("Could not create the demo tenant.", e);
        }
        LOG.info(this::banner);
    }

    private String banner() {
        StringBuilder banner = new StringBuilder("\n\n  Jiannuo is starting at ").append(publicUrl)
                .append("\n  Demo logins (organization code: ").append(TENANT_CODE)
                .append(", password: ").append(PASSWORD).append("):\n");
        for (StandardLogin login : StandardLogin.values()) {
            banner.append(String.format("    %-10s %s%n", login.username(), login.description()));
        }
        if (provisioning.exists(Tenant.PLATFORM_CODE)) {
            banner.append("  Platform administration (organization code: ").append(Tenant.PLATFORM_CODE)
                    .append("): root, password as set by jiannuo.platform.root-password\n");
        }
        return banner.toString();
    }
}
