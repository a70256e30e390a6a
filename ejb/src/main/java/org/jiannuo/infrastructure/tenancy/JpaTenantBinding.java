package org.jiannuo.infrastructure.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import org.jiannuo.application.tenancy.TenantBinding;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.infrastructure.persistence.DatabaseVendor;
import org.jiannuo.infrastructure.persistence.TransactionSettings;

/**
 * Binds the transaction's persistence context to one tenant. EclipseLink then adds the
 * tenant filter to every query of a multitenant entity; on PostgreSQL the transaction's
 * {@code jiannuo.tenant} setting is set as well, which the row-level security policies read.
 * A persistence context is never switched to another tenant: its cached objects would belong
 * to the first one.
 */
@ApplicationScoped
public class JpaTenantBinding implements TenantBinding {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    DatabaseVendor databaseVendor;

    @Inject
    TransactionSettings transactionSettings;

    @Override
    public void bind(String tenantCode) {
        Objects.requireNonNull(tenantCode);
        Object bound = entityManager.getProperties().get(OrgUnit.TENANT_PROPERTY);
        if (bound != null && !bound.equals(tenantCode)) {
            throw new IllegalStateException("Transaction already bound to tenant " + bound
                    + "; refusing to switch to " + tenantCode);
        }
        if (bound == null) {
            entityManager.setProperty(OrgUnit.TENANT_PROPERTY, tenantCode);
            if (databaseVendor.isPostgresql()) {
                transactionSettings.set("jiannuo.tenant", tenantCode);
            }
        }
    }
}
