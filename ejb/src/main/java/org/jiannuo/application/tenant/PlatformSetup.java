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

/**
 * The platform's tenants as they are set up: its own tenant and root at start-up, when they do not exist
 * yet, and the opening of every other tenant (a new organization department, a generated county). An
 * opened tenant is stored and the transaction bound to it, so that what is stored next is the new
 * tenant's own (and passes its row-level security).
 */
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
        open(Tenant.PLATFORM_CODE, SeededNames.WORDS.text("platform.tenant"), ROOT_USERNAME, rootPassword,
                SeededNames.WORDS.text("platform.root"), Role.PLATFORM_ADMIN);
        return true;
    }

    public Tenant open(String code, String name) {
        Tenant tenant = new Tenant(code, name, LocalDateTime.now());
        tenants.store(tenant);
        tenantBinding.bind(code);
        return tenant;
    }

    /** Opens the tenant with its first account: a standing one with one role, held by no person of the roster. */
    public Tenant open(String code, String name, String username, String password, String displayName, Role role) {
        Tenant tenant = open(code, name);
        accounts.store(new UserAccount(username, passwordHasher.hash(password), displayName, Set.of(role), null));
        return tenant;
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
