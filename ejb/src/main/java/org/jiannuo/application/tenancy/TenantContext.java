package org.jiannuo.application.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant of work that runs without a logged-in user: start-up installers, logins,
 * scheduled jobs, test fixtures. It wins over the subject's tenant for the duration of the call.
 */
public final class TenantContext {

    private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();

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

    public static Optional<String> explicitTenant() {
        return Optional.ofNullable(EXPLICIT.get());
    }
}
