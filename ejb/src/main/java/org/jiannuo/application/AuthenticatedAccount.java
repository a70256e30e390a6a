package org.jiannuo.application;

import java.io.Serializable;
import java.util.Set;
import org.jiannuo.domain.model.account.Role;

/**
 * Who is logged in, in which tenant, with which roles, scoped to which unit, and which person
 * of the tenant the login belongs to (if any). This is the
 * principal the security layer keeps in the session and the service layer reads the tenant from.
 */
public record AuthenticatedAccount(
        String tenantCode,
        String tenantName,
        long accountId,
        String username,
        String displayName,
        Set<Role> roles,
        Long scopeUnitId,
        Long personId) implements Serializable {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return username + "@" + tenantCode;
    }
}
