package org.jiannuo.domain.model.account;

import java.io.Serializable;
import java.util.Objects;

/**
 * One role an account holds over one unit and everything under it; no unit means the whole tenant.
 * A person's grants follow from the posts they hold in the organization tree (see {@link PostGrants}),
 * so they change the moment an appointment, a transfer or a dissolution does.
 *
 * @param unitPath the unit's place in the tree when the grant was read with its unit, which spares every request of
 *                 the account a lookup of the unit; null when not known
 */
public record Grant(Role role, Long unitId, String unitPath) implements Serializable {

    public Grant {
        Objects.requireNonNull(role);
    }

    /** A grant over a unit whose place in the tree is looked up where it is needed. */
    public Grant(Role role, Long unitId) {
        this(role, unitId, null);
    }

    public static Grant tenantWide(Role role) {
        return new Grant(role, null, null);
    }

    public boolean isTenantWide() {
        return unitId == null;
    }
}
