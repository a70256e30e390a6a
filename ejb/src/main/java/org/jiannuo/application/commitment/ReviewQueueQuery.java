package org.jiannuo.application.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * The commitments that come to the caller for review: those whose reviewing unit lies in the
 * caller's subtree, filtered by status, paged and counted by the database.
 */
@ApplicationScoped
public class ReviewQueueQuery {

    @PersistenceContext
    EntityManager entityManager;

    List<Commitment> page(AccessScope scope, CommitmentStatus status, int year, int first, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Commitment> query = cb.createQuery(Commitment.class);
        Root<Commitment> commitment = query.from(Commitment.class);
        Join<Commitment, OrgUnit> reviewingUnit = commitment.join("reviewingUnit");
        List<Predicate> filters = filters(cb, commitment, reviewingUnit, scope, year);
        filters.add(cb.equal(commitment.get("status"), status));
        query.select(commitment).where(filters.toArray(Predicate[]::new))
                .orderBy(cb.asc(commitment.get("submittedAt")), cb.asc(commitment.get("id")));
        return entityManager.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The caller's items that went late and are still being carried out, the longest late first. */
    List<Commitment> overduePage(AccessScope scope, int year, int first, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Commitment> query = cb.createQuery(Commitment.class);
        Root<Commitment> commitment = query.from(Commitment.class);
        Join<Commitment, OrgUnit> reviewingUnit = commitment.join("reviewingUnit");
        query.select(commitment).where(overdue(cb, commitment, reviewingUnit, scope, year))
                .orderBy(cb.asc(commitment.get("dueDate")), cb.asc(commitment.get("id")));
        return entityManager.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    long overdueCount(AccessScope scope, int year) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Commitment> commitment = query.from(Commitment.class);
        Join<Commitment, OrgUnit> reviewingUnit = commitment.join("reviewingUnit");
        query.select(cb.count(commitment)).where(overdue(cb, commitment, reviewingUnit, scope, year));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] overdue(CriteriaBuilder cb, Root<Commitment> commitment,
            Join<Commitment, OrgUnit> reviewingUnit, AccessScope scope, int year) {
        List<Predicate> filters = filters(cb, commitment, reviewingUnit, scope, year);
        filters.add(cb.isNotNull(commitment.get("overdueSince")));
        filters.add(commitment.get("status").in(CommitmentStatus.fulfilling()));
        return filters.toArray(Predicate[]::new);
    }

    /** How many of the caller's commitments stand in each status: the queue's counters. */
    Map<CommitmentStatus, Long> counts(AccessScope scope, int year) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Commitment> commitment = query.from(Commitment.class);
        Join<Commitment, OrgUnit> reviewingUnit = commitment.join("reviewingUnit");
        query.multiselect(commitment.get("status"), cb.count(commitment))
                .where(filters(cb, commitment, reviewingUnit, scope, year).toArray(Predicate[]::new))
                .groupBy(commitment.get("status"));
        Map<CommitmentStatus, Long> counts = new EnumMap<>(CommitmentStatus.class);
        for (CommitmentStatus status : CommitmentStatus.values()) {
            counts.put(status, 0L);
        }
        entityManager.createQuery(query).getResultList()
                .forEach(row -> counts.put((CommitmentStatus) row[0], (Long) row[1]));
        return counts;
    }

    private static List<Predicate> filters(CriteriaBuilder cb, Root<Commitment> commitment,
            Join<Commitment, OrgUnit> reviewingUnit, AccessScope scope, int year) {
        List<Predicate> filters = new ArrayList<>();
        filters.add(cb.equal(commitment.get("year"), year));
        if (!scope.account().hasRole(Role.DEPARTMENT_ADMIN)) {
            filters.add(cb.or(scope.pathsOf(AccessScope.PEOPLE_EDITORS).stream()
                    .map(path -> cb.like(reviewingUnit.get("treePath"), path + "%")).toArray(Predicate[]::new)));
        }
        if (scope.ownPersonId() != null) {
            // Nobody reviews their own commitments.
            Join<Commitment, Person> owner = commitment.join("ownerPerson", JoinType.LEFT);
            filters.add(cb.or(cb.isNull(owner.get("id")), cb.notEqual(owner.get("id"), scope.ownPersonId())));
        }
        return filters;
    }
}
