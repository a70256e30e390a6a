package org.jiannuo.application.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditEntry;

/** The department admin's view of the audit trail: filtered and paged by the database, read-only. */
@Stateless
@TenantScoped
public class AuditLog {

    @Inject
    Authorization authorization;

    @PersistenceContext
    EntityManager entityManager;

    public ResultPage<AuditRow> search(AuditSearch search) {
        return new ResultPage<>(rows(search), count(search));
    }

    /** The page alone, newest first, for a table that has asked for the count already. */
    public List<AuditRow> rows(AuditSearch search) {
        authorization.requireRole(Role.DEPARTMENT_ADMIN);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(filters(cb, entry, search)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return entityManager.createQuery(query)
                .setFirstResult(search.first()).setMaxResults(search.pageSize())
                .getResultList().stream().map(AuditRow::of).toList();
    }

    public long count(AuditSearch search) {
        authorization.requireRole(Role.DEPARTMENT_ADMIN);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(filters(cb, counted, search));
        return entityManager.createQuery(count).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> entry, AuditSearch search) {
        List<Predicate> filters = new ArrayList<>();
        if (search.actor() != null && !search.actor().isBlank()) {
            filters.add(cb.equal(entry.get("actor"), search.actor().strip()));
        }
        if (search.entityType() != null && !search.entityType().isBlank()) {
            filters.add(cb.equal(entry.get("entityType"), search.entityType()));
        }
        if (search.entityId() != null) {
            filters.add(cb.equal(entry.get("entityId"), search.entityId()));
        }
        if (search.action() != null) {
            filters.add(cb.equal(entry.get("action"), search.action()));
        }
        return filters.toArray(Predicate[]::new);
    }
}
