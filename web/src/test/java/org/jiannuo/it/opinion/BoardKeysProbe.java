package org.jiannuo.it.opinion;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jiannuo.application.tenancy.TenantScoped;

/** The public keys a visitor reads off the board's addresses, read here in the caller's tenant. */
@Stateless
@TenantScoped
public class BoardKeysProbe {

    @PersistenceContext
    EntityManager entityManager;

    public String tenantKey(String code) {
        return entityManager.createQuery("SELECT t.publicKey FROM Tenant t WHERE t.code = :code", String.class)
                .setParameter("code", code).getSingleResult();
    }

    public String unitKey(long unitId) {
        return entityManager.createQuery("SELECT u.publicKey FROM OrgUnit u WHERE u.id = :id", String.class)
                .setParameter("id", unitId).getSingleResult();
    }

    public String commitmentKey(long commitmentId) {
        return entityManager.createQuery("SELECT c.publicKey FROM Commitment c WHERE c.id = :id", String.class)
                .setParameter("id", commitmentId).getSingleResult();
    }

    public String personKey(long personId) {
        return entityManager.createQuery("SELECT p.publicKey FROM Person p WHERE p.id = :id", String.class)
                .setParameter("id", personId).getSingleResult();
    }
}
