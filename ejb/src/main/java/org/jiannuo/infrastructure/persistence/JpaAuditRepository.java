package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jiannuo.domain.model.audit.AuditEntry;
import org.jiannuo.domain.model.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void append(AuditEntry entry) {
        entityManager.persist(entry);
    }
}
