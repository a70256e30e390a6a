package org.jiannuo.application.fulfilment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jiannuo.application.LikePatterns;
import org.jiannuo.application.PrefixMatch;
import org.jiannuo.application.QueryCursors;
import org.jiannuo.application.fulfilment.LedgerFilter.LedgerSort;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.organization.OrgUnit;

/**
 * The ledger as Criteria queries: a unit's subtree, filtered, sorted and paged by the database.
 * An item belongs to the member's branch (its reviewing unit) or to the organization that owns it.
 */
@ApplicationScoped
class LedgerQuery {

    /** Rows per round trip of an export's cursor, and items per query for their rectifications. */
    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    QueryCursors cursors;

    @Inject
    PrefixMatch prefixMatch;

    /**
     * A page: the database sorts narrow rows (the sort keys and the id) to find the page's items, and
     * only those are then read whole, so a deep page of a county does not sort every item's content.
     */
    List<LedgerLine> page(OrgUnit root, LedgerFilter filter, int first, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Columns sorted = new Columns(cb, ids, prefixMatch);
        ids.select(sorted.commitment.get("id")).where(sorted.filters(root, filter)).orderBy(sorted.order(filter));
        List<Long> pageIds = entityManager.createQuery(ids).setFirstResult(first).setMaxResults(size).getResultList();
        if (pageIds.isEmpty()) {
            return List.of();
        }
        CriteriaQuery<Object[]> items = cb.createQuery(Object[].class);
        Columns ledger = new Columns(cb, items, prefixMatch);
        items.multiselect(ledger.line()).where(ledger.commitment.get("id").in(pageIds));
        Map<Long, Object[]> byId = new HashMap<>();
        entityManager.createQuery(items).getResultList().forEach(row -> byId.put((Long) row[0], row));
        return withRectifications(pageIds.stream().map(byId::get).toList());
    }

    /**
     * The whole ledger in the page's order, read in one pass through a cursor: its lines are made a
     * batch at a time, each batch asking for its items' rectifications while the cursor stays open.
     * Only inside a transaction; closing the stream closes the cursor.
     */
    Stream<LedgerLine> lines(OrgUnit root, LedgerFilter filter) {
        return QueryCursors.inBatches(cursors.rows(entityManager.createQuery(select(root, filter)), BATCH), BATCH,
                this::withRectifications);
    }

    private CriteriaQuery<Object[]> select(OrgUnit root, LedgerFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Columns ledger = new Columns(cb, query, prefixMatch);
        return query.multiselect(ledger.line()).where(ledger.filters(root, filter)).orderBy(ledger.order(filter));
    }

    private List<LedgerLine> withRectifications(List<Object[]> rows) {
        Map<Long, LocalDate> rectifications = unsettledRectifications(rows.stream().map(row -> (Long) row[0]).toList());
        return rows.stream().map(row -> line(row, rectifications.get((Long) row[0]))).toList();
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
        Columns ledger = new Columns(cb, query, prefixMatch);
        query.select(cb.count(ledger.commitment)).where(ledger.filters(root, filter));
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * The joins and derived columns the page and its count share: the item's unit is the owning
     * organization or, for a member's item, the branch that reviews it. A subtree is the prefix of the
     * unit path the item keeps, and the owner's name is kept on the item too: filters and orders read the
     * items alone, and the joins to the units are made only for the unit's name that a line shows.
     */
    private static final class Columns {

        private final CriteriaBuilder cb;
        private final PrefixMatch prefixMatch;
        private final Root<Commitment> commitment;
        private final Expression<String> unitPath;
        private final Expression<String> ownerName;
        private Join<Commitment, OrgUnit> ownerUnit;
        private Join<Commitment, OrgUnit> reviewingUnit;

        Columns(CriteriaBuilder cb, CriteriaQuery<?> query, PrefixMatch prefixMatch) {
            this.cb = cb;
            this.prefixMatch = prefixMatch;
            commitment = query.from(Commitment.class);
            unitPath = commitment.get("unitPath");
            ownerName = commitment.get("ownerName");
        }

        private Join<Commitment, OrgUnit> ownerUnit() {
            if (ownerUnit == null) {
                ownerUnit = commitment.join("ownerUnit", JoinType.LEFT);
            }
            return ownerUnit;
        }

        private Expression<String> unitName() {
            if (reviewingUnit == null) {
                reviewingUnit = commitment.join("reviewingUnit");
            }
            return cb.<String>coalesce().value(ownerUnit().get("name")).value(reviewingUnit.get("name"));
        }

        /** What a line shows, in the order {@link LedgerQuery#line} reads it. */
        List<Selection<?>> line() {
            Root<Commitment> c = commitment;
            return List.of(c.get("id"), c.get("version"), unitName(), ownerName, ownerUnit().get("id"),
                    c.get("category"), c.get("kind"), c.get("content"), c.get("measures"), c.get("dueDate"),
                    c.get("status"), c.get("progress"), c.get("lastRecordMonth"), c.get("overdueSince"), c.get("closedOn"));
        }

        Predicate[] filters(OrgUnit root, LedgerFilter filter) {
            List<Predicate> filters = new ArrayList<>();
            filters.add(cb.equal(commitment.get("year"), filter.year()));
            filters.add(prefixMatch.startsWith(cb, unitPath, root.getTreePath()));
            filters.add(filter.status() == null ? commitment.get("status").in(CommitmentStatus.approved())
                    : cb.equal(commitment.get("status"), filter.status()));
            if (filter.category() != null && !filter.category().isBlank()) {
                filters.add(cb.equal(commitment.get("category"), filter.category()));
            }
            if (filter.overdueOnly()) {
                filters.add(cb.isNotNull(commitment.get("overdueSince")));
                filters.add(cb.notEqual(commitment.get("status"), CommitmentStatus.CLOSED));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = "%" + LikePatterns.literal(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                filters.add(cb.or(cb.like(cb.lower(ownerName), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(commitment.get("content")), pattern, LikePatterns.ESCAPE)));
            }
            return filters.toArray(Predicate[]::new);
        }

        /**
         * The column, then the ledger's own order (unit, owner, item) to break ties. Descending is the
         * ascending order reversed, ties too, so that one index per column serves both directions.
         */
        List<Order> order(LedgerFilter filter) {
            List<Expression<?>> columns = new ArrayList<>();
            if (filter.sort() != null) {
                columns.add(switch (filter.sort()) {
                    case UNIT -> unitPath;
                    case OWNER -> ownerName;
                    case CATEGORY -> commitment.get("category");
                    case DUE_DATE -> commitment.get("dueDate");
                    case STATUS -> commitment.get("status");
                    case PROGRESS -> commitment.get("progress");
                    case LAST_RECORD -> commitment.get("lastRecordMonth");
                    case OVERDUE_SINCE -> commitment.get("overdueSince");
                });
            }
            // An expression is never ordered twice (H2 refuses that).
            if (filter.sort() != LedgerSort.UNIT) {
                columns.add(unitPath);
            }
            if (filter.sort() != LedgerSort.OWNER) {
                columns.add(ownerName);
            }
            columns.add(commitment.get("id"));
            boolean descending = filter.sort() != null && filter.descending();
            return columns.stream().map(column -> descending ? cb.desc(column) : cb.asc(column)).toList();
        }
    }

    private static LedgerLine line(Object[] row, LocalDate rectificationDeadline) {
        return new LedgerLine((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], row[4] != null,
                (String) row[5], (CommitmentKind) row[6], (String) row[7], (String) row[8], (LocalDate) row[9],
                (CommitmentStatus) row[10], (Integer) row[11], (LocalDate) row[12], (LocalDate) row[13],
                (LocalDate) row[14], rectificationDeadline);
    }
}
