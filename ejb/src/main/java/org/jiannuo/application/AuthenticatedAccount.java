package org.jiannuo.application;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jiannuo.domain.model.account.Grant;
import org.jiannuo.domain.model.account.Role;

/**
 * Who is logged in, in which tenant, with which grants (a role over a unit's subtree, or over the
 * whole tenant), and which person of the tenant the login belongs to (if any). This is the principal
 * the security layer keeps in the session and the service layer reads the tenant from. It is rebuilt
 * from the database on every request (see {@code AccountAuthentication.refresh}), so a grant taken
 * away takes effect at once; {@code sessionEpoch} ends sessions older than a password reset or a
 * disabling.
 */
public record AuthenticatedAccount(
        String tenantCode,
        String tenantName,
        long accountId,
        String username,
        String displayName,
        List<Grant> grants,
        Long personId,
        int sessionEpoch,
        boolean mustChangePassword) implements Serializable {

    public AuthenticatedAccount {
        grants = List.copyOf(grants);
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.forEach(grant -> roles.add(grant.role()));
        return roles;
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role candidate : candidates) {
            if (hasRole(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unit screens open on by default: that of the first grant over a unit other than the
     * member's own record, else the member's own unit; null for tenant-wide accounts without one.
     */
    public Long scopeUnitId() {
        return grants.stream().filter(grant -> grant.role() != Role.MEMBER && grant.unitId() != null)
                .map(Grant::unitId).findFirst()
                .orElseGet(() -> grants.stream().filter(grant -> grant.unitId() != null)
                        .map(Grant::unitId).findFirst().orElse(null));
    }

    /** The same sign-in after the holder chose a new password: the session goes on under the new epoch. */
    public AuthenticatedAccount afterPasswordChange(int newSessionEpoch) {
        return new AuthenticatedAccount(tenantCode, tenantName, accountId, username, displayName, grants, personId,
                newSessionEpoch, false);
    }

    @Override
    public String toString() {
        return username + "@" + tenantCode;
    }
}
