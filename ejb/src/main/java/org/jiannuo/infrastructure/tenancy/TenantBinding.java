package org.jiannuo.infrastructure.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import org.jiannuo.domain.model.organization.OrgUnit;

/**
 * Binds the transaction's persistence context to one tenant. EclipseLink then adds the
 * tenant filter to every query of a multitenant entity. A persistence context is never
 * switched to another tenant: its cached objects would belong to the first one.
 */
@ApplicationScoped
public class TenantBinding {

    @PersistenceContext
    EntityManager entityManager;

    public void bind(String tenantCode) {
        Objects.requireNonNull(tenantCode);
        Object bound = entityManager.getProperties().get(OrgUnit.TENANT_PROPERTY);
        if (bound != null && !bound.equals(tenantCode)) {
            throw new IllegalStateException("Transaction already bound to tenant " + bound
                    + "; refusing to switch to " + tenantCode);
        }
        entityManager.setProperty(OrgUnit.TENANT_PROPERTY, tenantCode);
    }
}
