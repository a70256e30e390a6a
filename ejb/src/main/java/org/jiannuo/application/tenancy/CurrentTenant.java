package org.jiannuo.application.tenancy;

import java.util.Optional;
import org.jiannuo.application.AuthenticatedAccount;

/**
 * The tenant and the account a call runs for. An explicit tenant ({@link TenantContext}) wins over
 * the logged-in account's; how the account is found is the security adapter's business.
 */
public interface CurrentTenant {

    /** The tenant code of the call; {@link NoTenantException} when nobody is logged in and none was given. */
    String code();

    /** The logged-in account, if the call comes from an authenticated request. */
    Optional<AuthenticatedAccount> account();
}
