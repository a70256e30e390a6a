package org.jiannuo.application.fulfilment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.fulfilment.LedgerFilter.LedgerSort;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * The ledger as Criteria queries: a unit's subtree, filtered, sorted and paged by the database.
 * An item belongs to the member's branch (its reviewing unit) or to the organization that owns it.
 */
@ApplicationScoped
class LedgerQuery {

    @PersistenceContext
    EntityManager entityManager;

    List<LedgerLine> page(OrgUnit root, LedgerFilter filter, int first, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Commitment> c = query.from(Commitment.class);
        Join<Commitment, Person> person = c.join("ownerPerson", JoinType.LEFT);
        Join<Commitment, OrgUnit> ownerUnit = c.join("ownerUnit", JoinType.LEFT);
        Join<Commitment, OrgUnit> reviewingUnit = c.join("reviewingUnit");
        Expression<String> unitName = cb.<String>coalesce().value(ownerUnit.get("name")).value(reviewingUnit.get("name"));
        Expression<String> unitPath = cb.<String>coalesce().value(ownerUnit.get("treePath"))
                .value(reviewingUnit.get("treePath"));
        Expression<String> ownerName = cb.<String>coalesce().value(person.get("name")).value(ownerUnit.get("name"));
        query.multiselect(c.get("id"), c.get("version"), unitName, ownerName, ownerUnit.get("id"), c.get("category"),
                c.get("kind"), c.get("content"), c.get("measures"), c.get("dueDate"), c.get("status"),
                c.get("progress"), c.get("lastRecordMonth"), c.get("overdueSince"), c.get("closedOn"))
                .where(filters(cb, c, unitPath, ownerName, root, filter).toArray(Predicate[]::new))
                .orderBy(order(cb, c, unitPath, ownerName, filter));
        List<Tuple> rows = entityManager.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, LocalDate> rectifications = unsettledRectifications(rows.stream().map(row -> row.get(0, Long.class))
                .toList());
        return rows.stream().map(row -> line(row, rectifications.get(row.get(0, Long.class)))).toList();
    }

    /** The earliest deadline of each item's unsettled rectifications, for one page of items. */
    private Map<Long, LocalDate> unsettledRectifications(List<Long> commitmentIds) {
        Map<Long, LocalDate> deadlines = new HashMap<>();
        if (commitmentIds.isEmpty()) {
            return deadlines;
        }
        entityManager.createQuery("SELECT r.commitment.id, MIN(r.deadline) FROM Rectification r"
                        + " WHERE r.commitment.id IN :ids AND r.status <> :accepted GROUP BY r.commitment.id",
                        Object[].class)
                .setParameter("ids", commitmentIds)
                .setParameter("accepted", RectificationStatus.ACCEPTED)
                .getResultList()
                .forEach(row -> deadlines.put((Long) row[0], (LocalDate) row[1]));
        return deadlines;
    }

    long count(OrgUnit root, LedgerFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Commitment> c = query.from(Commitment.class);
        Join<Commitment, Person> person = c.join("ownerPerson", JoinType.LEFT);
        Join<Commitment, OrgUnit> ownerUnit = c.join("ownerUnit", JoinType.LEFT);
        Join<Commitment, OrgUnit> reviewingUnit = c.join("reviewingUnit");
        Expression<String> unitPath = cb.<String>coalesce().value(ownerUnit.get("treePath"))
                .value(reviewingUnit.get("treePath"));
        Expression<String> ownerName = cb.<String>coalesce().value(person.get("name")).value(ownerUnit.get("name"));
        query.select(cb.count(c)).where(filters(cb, c, unitPath, ownerName, root, filter).toArray(Predicate[]::new));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static List<Predicate> filters(CriteriaBuilder cb, Root<Commitment> c, Expression<String> unitPath,
            Expression<String> ownerName, OrgUnit root, LedgerFilter filter) {
        List<Predicate> filters = new ArrayList<>();
        filters.add(cb.equal(c.get("year"), filter.year()));
        filters.add(cb.like(unitPath, root.getTreePath() + "%"));
        filters.add(filter.status() == null ? c.get("status").in(CommitmentStatus.approved())
                : cb.equal(c.get("status"), filter.status()));
        if (filter.category() != null && !filter.category().isBlank()) {
            filters.add(cb.equal(c.get("category"), filter.category()));
        }
        if (filter.overdueOnly()) {
            filters.add(cb.isNotNull(c.get("overdueSince")));
            filters.add(cb.notEqual(c.get("status"), CommitmentStatus.CLOSED));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            filters.add(cb.or(cb.like(cb.lower(ownerName), pattern, '\\'),
                    cb.like(cb.lower(c.get("content")), pattern, '\\')));
        }
        return filters;
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Commitment> c, Expression<String> unitPath,
            Expression<String> ownerName, LedgerFilter filter) {
        List<Order> order = new ArrayList<>();
        if (filter.sort() != null) {
            Expression<?> column = switch (filter.sort()) {
                case UNIT -> unitPath;
                case OWNER -> ownerName;
                case CATEGORY -> c.get("category");
                case DUE_DATE -> c.get("dueDate");
                case STATUS -> c.get("status");
                case PROGRESS -> c.get("progress");
                case LAST_RECORD -> c.get("lastRecordMonth");
                case OVERDUE_SINCE -> c.get("overdueSince");
            };
            order.add(filter.descending() ? cb.desc(column) : cb.asc(column));
        }
        // The ledger's own order breaks ties; an expression is never ordered twice (H2 refuses that).
        if (filter.sort() != LedgerSort.UNIT) {
            order.add(cb.asc(unitPath));
        }
        if (filter.sort() != LedgerSort.OWNER) {
            order.add(cb.asc(ownerName));
        }
        order.add(cb.asc(c.get("id")));
        return order;
    }

    private static LedgerLine line(Tuple row, LocalDate rectificationDeadline) {
        return new LedgerLine(row.get(0, Long.class), row.get(1, Long.class), row.get(2, String.class),
                row.get(3, String.class), row.get(4) != null, row.get(5, String.class),
                row.get(6, CommitmentKind.class), row.get(7, String.class), row.get(8, String.class),
                row.get(9, LocalDate.class), row.get(10, CommitmentStatus.class), row.get(11, Integer.class),
                row.get(12, LocalDate.class), row.get(13, LocalDate.class), row.get(14, LocalDate.class),
                rectificationDeadline);
    }
}
