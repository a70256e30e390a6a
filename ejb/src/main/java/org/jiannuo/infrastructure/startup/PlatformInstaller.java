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
 * {@code jiannuo.platform.root-password} is set; afterwards the setting is ignored.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformInstaller {

    private static final Logger LOG = Logger.getLogger(PlatformInstaller.class.getName());

    @Inject
    @ConfigProperty(name = "jiannuo.platform.root-password")
    Optional<String> rootPassword;

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
    }
}
