package org.jiannuo.infrastructure.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.jiannuo.application.tenancy.TenantBinding;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.infrastructure.persistence.DatabaseVendor;

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
            // Outside a transaction (a bean that runs each step in one of its own) there is nothing to set: a setting
            // local to a transaction would end with the statement that set it.
            if (databaseVendor.isPostgresql() && entityManager.isJoinedToTransaction()) {
                setTenantOfTransaction(tenantCode);
            }
        }
    }

    /**
     * On the transaction's own connection, by JDBC: every service call of every request does it, and as a native
     * query of the persistence context it took a tenth of the server's processor time of a people list page.
     */
    private void setTenantOfTransaction(String tenantCode) {
        Connection connection = entityManager.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('jiannuo.tenant', ?, true)")) {
            statement.setString(1, tenantCode);
            statement.execute();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot bind the transaction to tenant " + tenantCode, e);
        }
    }
}
