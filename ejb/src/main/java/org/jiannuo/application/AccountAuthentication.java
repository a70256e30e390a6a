package org.jiannuo.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.account.TokenSecrets;
import org.jiannuo.application.security.AccountGrants;
import org.jiannuo.application.security.LoginThrottle;
import org.jiannuo.domain.model.account.ApiToken;
import org.jiannuo.application.tenancy.TenantBinding;
import org.jiannuo.domain.model.account.LockoutPolicy;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantRepository;

/**
 * Checks a tenant's login: the caller is not throttled, a hashing permit is free, the tenant is active,
 * the account exists (by username, or by the person's mobile number), waits for no delay, is enabled, and
 * the password matches. Every refusal costs one hash, like a wrong password, so that its timing tells
 * nothing; what the caller is told is the same for all of them (see {@link LoginRefusal}).
 */
@Stateless
public class AccountAuthentication {

    /** Compared against when there is no account, so that a miss costs as long as a wrong password. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("no-such-account-password");
    private static final Duration HASHING_PATIENCE = Duration.ofSeconds(5);
    private static final String IN_PROCESS = "in-process";
    private static final String TOKEN = "#token";
    private static final Logger LOG = Logger.getLogger(AccountAuthentication.class.getName());

    @Inject
    TenantRepository tenants;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TenantBinding tenantBinding;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountGrants grants;

    @EJB
    LoginFailures failures;

    @Inject
    @ConfigProperty(name = "jiannuo.security.max-failed-logins", defaultValue = "5")
    int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "jiannuo.security.lock-minutes", defaultValue = "15")
    int lockMinutes;

    private final Clock clock = Clock.systemDefaultZone();

    /** A login from inside the server (tools and tests), throttled as one address of its own. */
    public AuthenticatedAccount authenticate(String tenantCode, String login, String password)
            throws LoginRefusedException {
        return authenticate(tenantCode, login, password, IN_PROCESS);
    }

    public AuthenticatedAccount authenticate(String tenantCode, String login, String password, String address)
            throws LoginRefusedException {
        if (throttle.isThrottled(address, tenantCode, login)) {
            throw refused(LoginRefusal.THROTTLED, tenantCode, login, address);
        }
        boolean permitted;
        try {
            permitted = throttle.acquireHashing(HASHING_PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(LoginRefusal.BUSY, tenantCode, login, address);
        }
        if (!permitted) {
            throw refused(LoginRefusal.BUSY, tenantCode, login, address);
        }
        try {
            AuthenticatedAccount account = check(tenantCode, login, password, address);
            throttle.succeeded(address, tenantCode, login);
            return account;
        } catch (LoginRefusedException e) {
            throttle.failed(address, tenantCode, login);
            throw refused(e.refusal(), tenantCode, login, address);
        } finally {
            throttle.releaseHashing();
        }
    }

    /**
     * A REST call with a personal API token: no password hash, one lookup. Refused like a wrong password
     * when the token is malformed, unknown, revoked or expired, or its account or tenant cannot sign in.
     */
    public AuthenticatedAccount authenticateToken(String token, String address) throws LoginRefusedException {
        Optional<String> tenantCode = TokenSecrets.tenantOf(token);
        String tenantLabel = tenantCode.orElse("?");
        if (throttle.isThrottled(address, tenantLabel, TOKEN)) {
            throw refused(LoginRefusal.THROTTLED, tenantLabel, TOKEN, address);
        }
        Optional<AuthenticatedAccount> account = tenantCode.flatMap(code -> boundActiveTenant(code)
                .flatMap(tenantName -> {
                    LocalDateTime now = LocalDateTime.now(clock);
                    return accounts.findTokenBySecretHash(TokenSecrets.hash(token))
                            .filter(found -> found.isValidAt(now) && found.getAccount().isEnabled())
                            .map(found -> {
                                if (found.isUseWorthNotingAt(now)) {
                                    accounts.noteTokenUse(found.getId(), now, ApiToken.useNotedSince(now));
                                }
                                return principal(code, tenantName, found.getAccount());
                            });
                }));
        if (account.isEmpty()) {
            throttle.failed(address, tenantLabel, TOKEN);
            throw refused(LoginRefusal.BAD_CREDENTIALS, tenantLabel, TOKEN, address);
        }
        return account.get();
    }

    /**
     * The account as it stands now, for a session signed in earlier: empty when the tenant was suspended,
     * the account disabled, or its password changed or reset since ({@code sessionEpoch}). Its grants are
     * read afresh, so an appointment or a removal takes effect on the session's next request.
     */
    public Optional<AuthenticatedAccount> refresh(AuthenticatedAccount signedIn) {
        Optional<String> tenantName = boundActiveTenant(signedIn.tenantCode());
        if (tenantName.isEmpty()) {
            return Optional.empty();
        }
        return accounts.findForGrants(signedIn.accountId())
                .filter(UserAccount::isEnabled)
                .filter(account -> account.getSessionEpoch() == signedIn.sessionEpoch())
                .map(account -> principal(signedIn.tenantCode(), tenantName.get(), account));
    }

    /**
     * Binds the transaction to the tenant, then reads the tenant's name if it is active. Bound first, so that the
     * tenant's row is read on the transaction's connection: read before, it came over a connection of the pool of
     * its own, outside the transaction, on every API call and every screen request. Binding to a code that names
     * no active tenant reads nothing of anyone, since nothing more is read.
     */
    private Optional<String> boundActiveTenant(String tenantCode) {
        tenantBinding.bind(tenantCode);
        return tenants.activeName(tenantCode);
    }

    /** The tenant of a password login, read as {@link #boundActiveTenant} reads it: on the transaction's connection. */
    private Optional<Tenant> boundTenant(String tenantCode) {
        tenantBinding.bind(tenantCode);
        return tenants.findByCode(tenantCode);
    }

    private AuthenticatedAccount check(String tenantCode, String login, String password, String address)
            throws LoginRefusedException {
        Optional<Tenant> tenant = Optional.ofNullable(tenantCode).flatMap(this::boundTenant);
        if (tenant.isEmpty() || !tenant.get().isActive()) {
            passwordHasher.matches(password, DUMMY_HASH);
            throw new LoginRefusedException(tenant.isEmpty() ? LoginRefusal.UNKNOWN_TENANT : LoginRefusal.TENANT_SUSPENDED);
        }
        Optional<UserAccount> found = accounts.findByUsername(login)
                .or(() -> login.matches("1\\d{10}") ? accounts.findByMobile(login) : Optional.empty());
        if (found.isEmpty()) {
            passwordHasher.matches(password, DUMMY_HASH);
            throw new LoginRefusedException(LoginRefusal.BAD_CREDENTIALS);
        }
        UserAccount account = found.get();
        LocalDateTime now = LocalDateTime.now(clock);
        boolean matches = passwordHasher.matches(password, account.getPasswordHash());
        if (account.isLockedAt(now)) {
            throw new LoginRefusedException(LoginRefusal.ACCOUNT_LOCKED);
        }
        if (!account.isEnabled()) {
            throw new LoginRefusedException(LoginRefusal.ACCOUNT_DISABLED);
        }
        if (!matches) {
            boolean delayed = failures.count(tenantCode, account.getId(), account.getUsername(), address, now,
                    new LockoutPolicy(maxFailedLogins, Duration.ofMinutes(lockMinutes)));
            throw new LoginRefusedException(delayed ? LoginRefusal.ACCOUNT_LOCKED : LoginRefusal.BAD_CREDENTIALS);
        }
        accounts.noteLogin(account.getId(), now);
        return principal(tenant.get().getCode(), tenant.get().getName(), account);
    }

    private AuthenticatedAccount principal(String tenantCode, String tenantName, UserAccount account) {
        return new AuthenticatedAccount(tenantCode, tenantName, account.getId(), account.getUsername(),
                account.getDisplayName(), grants.of(account),
                account.getPerson() == null ? null : account.getPerson().getId(),
                account.getSessionEpoch(), account.isMustChangePassword());
    }

    /** Logs the refusal with its reason; the username is quoted with its control characters escaped. */
    private static LoginRefusedException refused(LoginRefusal refusal, String tenant, String login, String address) {
        LOG.warning(() -> "Login refused (" + refusal + "): " + LogText.quoted(login) + "@" + LogText.quoted(tenant)
                + " from " + LogText.quoted(address));
        return new LoginRefusedException(refusal);
    }
}
