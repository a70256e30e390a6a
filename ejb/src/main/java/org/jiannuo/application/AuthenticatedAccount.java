package org.jiannuo.application;

import java.io.Serializable;
import java.util.Set;
import org.jiannuo.domain.model.account.Role;

/**
 * Who is logged in, in which tenant, with which roles, scoped to which unit. This is the
 * principal the security layer keeps in the session and the service layer reads the tenant from.
 */
public record AuthenticatedAccount(
        String tenantCode,
        String tenantName,
        long accountId,
        String username,
        String displayName,
        Set<Role> roles,
        Long scopeUnitId) implements Serializable {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return username + "@" + tenantCode;
    }
}
