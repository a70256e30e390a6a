package org.jiannuo.application.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.jiannuo.application.AuthenticatedAccount;

/**
 * The tenant of work that runs without a logged-in user: start-up installers, logins,
 * scheduled jobs, test fixtures. It wins over the subject's tenant for the duration of the call.
 */
public final class TenantContext {

    private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();
    private static final ThreadLocal<AuthenticatedAccount> ACTING = new ThreadLocal<>();

    private TenantContext() {
    }

    public static <T> T callAs(String tenantCode, Callable<T> work) throws Exception {
        String previous = EXPLICIT.get();
        EXPLICIT.set(tenantCode);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }

    /**
     * Runs work on behalf of an account that is not signed in, in its tenant and with its grants, so that the
     * services limit it as they limit that account: a scheduled delivery generates a recipient's document within
     * the recipient's post only.
     */
    public static <T> T callOnBehalfOf(AuthenticatedAccount account, Callable<T> work) throws Exception {
        AuthenticatedAccount previous = ACTING.get();
        ACTING.set(account);
        try {
            return callAs(account.tenantCode(), work);
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
        }
    }

    public static Optional<AuthenticatedAccount> actingAccount() {
        return Optional.ofNullable(ACTING.get());
    }

    public static Optional<String> explicitTenant() {
        return Optional.ofNullable(EXPLICIT.get());
    }
}
