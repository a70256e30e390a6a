package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.OptionalLong;
import org.jiannuo.application.people.RosterRevision;
import org.jiannuo.application.tenancy.CurrentTenant;

/**
 * The number that V48's triggers keep on PostgreSQL, read under the tenant's row-level security; none on H2, where
 * every count is made again (H2 serves one machine's demo and tests, not a county under load).
 */
@ApplicationScoped
public class KeptRosterRevision implements RosterRevision {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    DatabaseVendor databaseVendor;

    @Inject
    CurrentTenant tenant;

    @Override
    public OptionalLong current() {
        if (!databaseVendor.isPostgresql()) {
            return OptionalLong.empty();
        }
        if (entityManager.isJoinedToTransaction()) {
            // A change of this transaction still in the persistence context would reach the database with the count,
            // after the flag below was read: written now, it sets the flag first.
            entityManager.flush();
        }
        List<?> revision = entityManager.createNativeQuery("SELECT revision FROM roster_revision WHERE tenant_code = ?1"
                        + " AND current_setting('jiannuo.roster_touched', true) IS DISTINCT FROM 'on'")
                .setParameter(1, tenant.code())
                .getResultList();
        return revision.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) revision.get(0)).longValue());
    }
}
