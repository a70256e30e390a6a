package org.jiannuo.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.tenant.PlatformSetup;
import org.jiannuo.domain.model.account.PasswordPolicy;

/**
 * Outside a demo ({@code jiannuo.demo.enabled} false) a deployment is a production one: it does not start with a
 * password published with Jiannuo for the platform's root or the database, nor with a root password people could
 * not choose for themselves. {@code DatabaseMigration} asks first, before anything touches the database.
 */
@ApplicationScoped
public class ProductionSettingsCheck {

    static final String ROOT_PASSWORD = "jiannuo.platform.root-password";
    static final String DATABASE_PASSWORD = "jiannuo.db.password";

    @Inject
    @ConfigProperty(name = DemoTenantInstaller.ENABLED, defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = ROOT_PASSWORD)
    Optional<String> rootPassword;

    @Inject
    @ConfigProperty(name = DATABASE_PASSWORD)
    Optional<String> databasePassword;

    /** Ends start-up (see {@link StartupFailure}) when a production deployment is set up with a known password. */
    public void check() {
        if (demo) {
            return;
        }
        rootPassword.ifPresent(password -> {
            refusePublished(ROOT_PASSWORD, password);
            new PasswordPolicy().firstBroken(password, PlatformSetup.ROOT_USERNAME, null, null).ifPresent(broken -> {
                throw StartupFailure.fail(ROOT_PASSWORD + " is too weak for a production deployment: it must be at"
                        + " least " + PasswordPolicy.DEFAULT_MINIMUM + " characters, not contain 'root' and not be a"
                        + " common password. Choose another.", broken);
            });
        });
        databasePassword.ifPresent(password -> refusePublished(DATABASE_PASSWORD, password));
    }

    private static void refusePublished(String setting, String password) {
        if (PublishedPasswords.contains(password)) {
            throw StartupFailure.fail(setting + " is a password published with Jiannuo (the demo's or an old compose"
                    + " default). Outside a demo (" + DemoTenantInstaller.ENABLED + "=false) set one of your own.",
                    new IllegalStateException("published password in " + setting));
        }
    }
}
