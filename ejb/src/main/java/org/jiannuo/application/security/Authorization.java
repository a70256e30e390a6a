package org.jiannuo.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.security.AccessScope.ScopedGrant;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.OrgUnitRepository;

/** The access scope of the logged-in account, read inside a tenant-bound service call. */
@ApplicationScoped
public class Authorization {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    OrgUnitRepository units;

    /**
     * The account's grants with their units' paths, widest first; a grant whose unit is gone grants nothing. A grant
     * read with its unit (as every request reads the account's) brings the path along.
     */
    public AccessScope currentScope() {
        AuthenticatedAccount account = account();
        List<ScopedGrant> grants = account.grants().stream()
                .flatMap(grant -> grant.isTenantWide() ? Stream.of(new ScopedGrant(grant.role(), null))
                        : grant.unitPath() != null ? Stream.of(new ScopedGrant(grant.role(), grant.unitPath()))
                        : units.find(grant.unitId()).stream().map(unit -> new ScopedGrant(grant.role(), unit.getTreePath())))
                .sorted(Comparator.comparingInt(grant -> grant.path() == null ? 0 : grant.path().length()))
                .toList();
        return new AccessScope(account, grants);
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
