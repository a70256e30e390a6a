package org.jiannuo.application.publicity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jiannuo.application.tenancy.CurrentTenant;

/**
 * The version stamp of a tenant's public board, kept in the database (tenant.board_stamp): raised in the
 * transaction of every change the board shows (a publication, an objection, a close-out), so that every
 * node of a cluster drops what it cached of the board at its next read of the stamp, with no cluster
 * cache to configure.
 */
@ApplicationScoped
public class BoardStamps {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    BoardTenants tenants;

    /** Inside a tenant-bound transaction: what the board shows of this tenant is about to change. */
    public void touch() {
        tenants.forget(currentTenant.code());
        entityManager.createQuery("UPDATE Tenant t SET t.boardStamp = t.boardStamp + 1 WHERE t.code = :code")
                .setParameter("code", currentTenant.code())
                .executeUpdate();
    }
}
