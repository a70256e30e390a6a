package org.jiannuo.application.tenant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Set;
import org.jiannuo.application.PasswordHasher;
import org.jiannuo.application.tenancy.TenantBinding;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantRepository;

/** Start-up only: the platform's own tenant and its first administrator, when they do not exist yet. */
@Stateless
public class PlatformSetup {

    public static final String ROOT_USERNAME = "root";

    @Inject
    TenantRepository tenants;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TenantBinding tenantBinding;

    @Inject
    PasswordHasher passwordHasher;

    /** @return whether the platform tenant was created now */
    public boolean ensure(String rootPassword) {
        if (tenants.findByCode(Tenant.PLATFORM_CODE).isPresent()) {
            return false;
        }
        tenants.store(new Tenant(Tenant.PLATFORM_CODE, SeededNames.WORDS.text("platform.tenant"),
                LocalDateTime.now()));
        tenantBinding.bind(Tenant.PLATFORM_CODE);
        accounts.store(new UserAccount(ROOT_USERNAME, passwordHasher.hash(rootPassword),
                SeededNames.WORDS.text("platform.root"), Set.of(Role.PLATFORM_ADMIN), null));
        return true;
    }

    /** Whether the platform's root signs in with this password; false when there is no platform tenant yet. */
    public boolean rootAccepts(String password) {
        if (tenants.findByCode(Tenant.PLATFORM_CODE).isEmpty()) {
            return false;
        }
        tenantBinding.bind(Tenant.PLATFORM_CODE);
        return accounts.findByUsername(ROOT_USERNAME)
                .map(root -> passwordHasher.matches(password, root.getPasswordHash()))
                .orElse(false);
    }

    /** Gives the platform's root a new password (start-up, replacing a published one). */
    public void replaceRootPassword(String rootPassword) {
        tenantBinding.bind(Tenant.PLATFORM_CODE);
        accounts.findByUsername(ROOT_USERNAME).orElseThrow()
                .changePassword(passwordHasher.hash(rootPassword), LocalDateTime.now());
    }
}
