package org.jiannuo.application.tenant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.jiannuo.application.PasswordHasher;
import org.jiannuo.application.tenancy.TenantBinding;
import org.jiannuo.domain.model.account.Role;
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

    @Inject
    TenantOpening opening;

    /** @return whether the platform tenant was created now */
    public boolean ensure(String rootPassword) {
        if (tenants.findByCode(Tenant.PLATFORM_CODE).isPresent()) {
            return false;
        }
        opening.open(Tenant.PLATFORM_CODE, "平台管理", ROOT_USERNAME, rootPassword, "平台管理员", Role.PLATFORM_ADMIN);
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
