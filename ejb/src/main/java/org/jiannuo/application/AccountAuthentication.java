package org.jiannuo.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.domain.model.account.LockoutPolicy;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantRepository;
import org.jiannuo.infrastructure.tenancy.TenantBinding;

/** Checks a tenant's login: the tenant is active, the account exists, is not locked, and the password matches. */
@Stateless
public class AccountAuthentication {

    /** Compared against when the account does not exist, so that a miss costs as long as a wrong password. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("no-such-account-password");

    @Inject
    TenantRepository tenants;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TenantBinding tenantBinding;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    @ConfigProperty(name = "jiannuo.security.max-failed-logins", defaultValue = "5")
    int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "jiannuo.security.lock-minutes", defaultValue = "15")
    int lockMinutes;

    private final Clock clock = Clock.systemDefaultZone();

    public AuthenticatedAccount authenticate(String tenantCode, String username, String password)
            throws LoginRefusedException {
        Tenant tenant = tenants.findByCode(tenantCode)
                .orElseThrow(() -> new LoginRefusedException(LoginRefusal.UNKNOWN_TENANT));
        if (!tenant.isActive()) {
            throw new LoginRefusedException(LoginRefusal.TENANT_SUSPENDED);
        }
        tenantBinding.bind(tenant.getCode());
        Optional<UserAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            passwordHasher.matches(password, DUMMY_HASH);
            throw new LoginRefusedException(LoginRefusal.BAD_CREDENTIALS);
        }
        UserAccount account = found.get();
        LocalDateTime now = LocalDateTime.now(clock);
        if (account.isLockedAt(now)) {
            throw new LoginRefusedException(LoginRefusal.ACCOUNT_LOCKED);
        }
        if (!account.isEnabled()) {
            throw new LoginRefusedException(LoginRefusal.ACCOUNT_DISABLED);
        }
        if (!passwordHasher.matches(password, account.getPasswordHash())) {
            account.recordFailedLogin(now, new LockoutPolicy(maxFailedLogins, Duration.ofMinutes(lockMinutes)));
            throw new LoginRefusedException(account.isLockedAt(now)
                    ? LoginRefusal.ACCOUNT_LOCKED : LoginRefusal.BAD_CREDENTIALS);
        }
        account.recordSuccessfulLogin();
        return new AuthenticatedAccount(tenant.getCode(), tenant.getName(), account.getId(), account.getUsername(),
                account.getDisplayName(), account.getRoles(),
                account.getOrgUnit() == null ? null : account.getOrgUnit().getId(),
                account.getPerson() == null ? null : account.getPerson().getId());
    }
}
