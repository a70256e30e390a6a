package org.jiannuo.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.infrastructure.tenancy.CurrentTenant;

/** The access scope of the logged-in account, read inside a tenant-bound service call. */
@ApplicationScoped
public class Authorization {

    @Inject
    CurrentTenant currentTenant;

    @PersistenceContext
    EntityManager entityManager;

    public AccessScope currentScope() {
        AuthenticatedAccount account = account();
        String unitPath = account.scopeUnitId() == null ? null
                : entityManager.find(OrgUnit.class, account.scopeUnitId()).getTreePath();
        return new AccessScope(account, unitPath);
    }

    /** A role check that needs no tenant: for services that work across tenants. */
    public void requireRole(Role role) {
        AuthenticatedAccount account = account();
        if (!account.hasRole(role)) {
            throw new AccessDeniedException(account + " lacks role " + role);
        }
    }

    private AuthenticatedAccount account() {
        return currentTenant.account().orElseThrow(() -> new AccessDeniedException("Nobody is logged in"));
    }
}
