package org.jiannuo.domain.model.account;

import java.io.Serializable;
import java.util.Objects;

/**
 * One role an account holds over one unit and everything under it; no unit means the whole tenant.
 * A person's grants follow from the posts they hold in the organization tree (see {@link PostGrants}),
 * so they change the moment an appointment, a transfer or a dissolution does.
 */
public record Grant(Role role, Long unitId) implements Serializable {

    public Grant {
        Objects.requireNonNull(role);
    }

    public static Grant tenantWide(Role role) {
        return new Grant(role, null);
    }

    public boolean isTenantWide() {
        return unitId == null;
    }
}
