package org.jiannuo.application.tenant;

import jakarta.enterprise.context.ApplicationScoped;
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
 * Opening a tenant, for the platform's own at start-up, a new organization department, and a generated
 * county: the tenant is stored and the transaction bound to it, so that what is stored next is the new
 * tenant's own (and passes its row-level security).
 */
@ApplicationScoped
public class TenantOpening {

    @Inject
    TenantRepository tenants;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TenantBinding tenantBinding;

    @Inject
    PasswordHasher passwordHasher;

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
}
