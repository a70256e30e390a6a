package org.jiannuo.infrastructure.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.PrincipalCollection;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.application.tenancy.NoTenantException;
import org.jiannuo.application.tenancy.TenantContext;

/** Resolves the tenant of the current call: an explicit one first, otherwise the logged-in Shiro subject's. */
@ApplicationScoped
public class ShiroCurrentTenant implements CurrentTenant {

    @Override
    public String code() {
        return TenantContext.explicitTenant()
                .or(() -> account().map(AuthenticatedAccount::tenantCode))
                .orElseThrow(() -> new NoTenantException("No tenant: nobody is logged in and none was given"));
    }

    /** The account the call acts for ({@link TenantContext#callOnBehalfOf}), else the one Shiro has authenticated. */
    @Override
    public Optional<AuthenticatedAccount> account() {
        Optional<AuthenticatedAccount> acting = TenantContext.actingAccount();
        if (acting.isPresent()) {
            return acting;
        }
        try {
            PrincipalCollection principals = SecurityUtils.getSubject().getPrincipals();
            return principals == null ? Optional.empty()
                    : Optional.ofNullable(principals.oneByType(AuthenticatedAccount.class));
        } catch (UnavailableSecurityManagerException e) {
            return Optional.empty();
        }
    }
}
