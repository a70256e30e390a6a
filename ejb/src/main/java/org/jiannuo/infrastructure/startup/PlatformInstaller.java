package org.jiannuo.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.tenant.PlatformSetup;

/**
 * Creates the platform tenant and its {@code root} administrator on the first start where
 * {@code jiannuo.platform.root-password} is set; afterwards the setting is ignored, except outside a demo:
 * there a root that still has a password published with Jiannuo (a database first started as a demo) gets the
 * configured one instead, and without one the start is refused.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformInstaller {

    private static final Logger LOG = Logger.getLogger(PlatformInstaller.class.getName());

    @Inject
    @ConfigProperty(name = ProductionSettingsCheck.ROOT_PASSWORD)
    Optional<String> rootPassword;

    @Inject
    @ConfigProperty(name = DemoTenantInstaller.ENABLED, defaultValue = "false")
    boolean demo;

    @EJB
    PlatformSetup platformSetup;

    @PostConstruct
    void install() {
        rootPassword.ifPresent(password -> {
            try {
                if (platformSetup.ensure(password)) {
                    LOG.info("Platform tenant created with its administrator 'root'");
                }
            } catch (RuntimeException e) {
                throw StartupFailure.fail("Could not create the platform tenant.", e);
            }
        });
        if (!demo && PublishedPasswords.ALL.stream().anyMatch(platformSetup::rootAccepts)) {
            replacePublishedRootPassword();
        }
    }

    private void replacePublishedRootPassword() {
        if (rootPassword.isEmpty()) {
            throw StartupFailure.fail("The platform's root still signs in with a password published with Jiannuo"
                    + " (this database was started as a demo). Set " + ProductionSettingsCheck.ROOT_PASSWORD
                    + " to a password of your own and start again: root is given it.",
                    new IllegalStateException("published root password"));
        }
        platformSetup.replaceRootPassword(rootPassword.get());
        LOG.warning("The platform's root signed in with a password published with Jiannuo: it now has the one of "
                + ProductionSettingsCheck.ROOT_PASSWORD);
    }
}
