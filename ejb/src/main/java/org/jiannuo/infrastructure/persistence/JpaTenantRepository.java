package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantRepository;
import org.jiannuo.domain.model.tenant.TenantStatus;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Tenant> findByCode(String code) {
        return entityManager.createQuery("SELECT t FROM Tenant t WHERE t.code = :code", Tenant.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<String> activeName(String code) {
        return entityManager.createQuery("SELECT t.name FROM Tenant t WHERE t.code = :code AND t.status = :active",
                        String.class)
                .setParameter("code", code)
                .setParameter("active", TenantStatus.ACTIVE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Tenant> all() {
        return entityManager.createQuery("SELECT t FROM Tenant t ORDER BY t.code", Tenant.class).getResultList();
    }

    @Override
    public void store(Tenant tenant) {
        entityManager.persist(tenant);
        // Tenant rows are referenced only through the tenant_code column, which EclipseLink does not
        // see as a relationship: written now, the row exists before any row that refers to it.
        entityManager.flush();
    }
}
