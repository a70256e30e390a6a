package org.jiannuo.application.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jiannuo.application.QueryCursors;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.summary.AnnualRecord;
import org.jiannuo.domain.model.summary.CoverageGap;
import org.jiannuo.domain.model.summary.ItemCounts;
import org.jiannuo.domain.model.summary.LedgerFigures;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.domain.model.summary.SummaryRepository;
import org.jiannuo.domain.model.yearend.AnnualGrade;

/**
 * The annual assessment summary's queries. The database counts per unit (GROUP BY the person's unit) and the
 * few hundred unit counts are summed up the tree; the people are read in one pass through a cursor, a batch at a
 * time, each batch asking the database for its people's counted grades, commitments and results while the
 * cursor stays open, like the ledger's export.
 */
@ApplicationScoped
class AnnualQuery {

    /** People per round trip of the cursor, and per query for their figures. */
    private static final int BATCH = 1000;

    /** The people a summary covers: those on the rosters of the subtree now. */
    private static final String PEOPLE = " FROM Person p JOIN p.orgUnit u WHERE u.treePath LIKE :path"
            + " AND p.departedOn IS NULL";

    private static final String PERSON_ROW = "SELECT p.id, p.name, p.partyStatus, u.name";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    QueryCursors cursors;

    @Inject
    SummaryRepository summaries;

    /** Every person of the subtree with their year, by unit (in tree order) and name. Only inside a transaction. */
    Stream<AnnualRecord> records(OrgUnit root, int year) {
        Stream<Object[]> rows = cursors.rows(entityManager.createQuery(PERSON_ROW + PEOPLE
                + " ORDER BY u.treePath, p.name, p.id").setParameter("path", root.getTreePath() + "%"), BATCH);
        return QueryCursors.inBatches(rows, BATCH, batch -> records(batch, year));
    }

    /** The people on the unit's own roster (not those of the units below) with their year, by name. */
    List<AnnualRecord> roster(OrgUnit unit, int year) {
        return records(entityManager.createQuery(PERSON_ROW + " FROM Person p JOIN p.orgUnit u WHERE u = :unit"
                + " AND p.departedOn IS NULL ORDER BY p.name, p.id", Object[].class).setParameter("unit", unit)
                .getResultList(), year);
    }

    private List<AnnualRecord> records(List<Object[]> people, int year) {
        List<Long> ids = people.stream().map(row -> (Long) row[0]).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<StarGrade, Integer>> grades = new HashMap<>();
        entityManager.createQuery("SELECT g.subjectPerson.id, g.grade, COUNT(g) FROM Grading g JOIN g.meeting m"
                        + " WHERE g.subjectPerson.id IN :ids AND m.publishedAt IS NOT NULL"
                        + " AND g.periodMonth BETWEEN :from AND :until GROUP BY g.subjectPerson.id, g.grade",
                        Object[].class)
                .setParameter("ids", ids).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("until", LocalDate.of(year, 12, 1)).getResultList()
                .forEach(row -> grades.computeIfAbsent((Long) row[0], id -> new EnumMap<>(StarGrade.class))
                        .put((StarGrade) row[1], ((Number) row[2]).intValue()));
        Map<CoverageGap, Set<Long>> lacking = new EnumMap<>(CoverageGap.class);
        for (CoverageGap gap : CoverageGap.values()) {
            lacking.put(gap, Set.copyOf(gap(entityManager.createQuery("SELECT p.id FROM Person p WHERE p.id IN :ids"
                    + " AND " + condition(gap), Long.class), gap, year).setParameter("ids", ids).getResultList()));
        }
        Map<Long, AnnualGrade> results = new HashMap<>();
        entityManager.createQuery("SELECT e.person.id, e.proposed FROM MemberEvaluation e JOIN e.branch b"
                        + " JOIN b.campaign c WHERE e.person.id IN :ids AND b.publishedAt IS NOT NULL"
                        + " AND c.year = :year", Object[].class)
                .setParameter("ids", ids).setParameter("year", year).getResultList()
                .forEach(row -> results.put((Long) row[0], (AnnualGrade) row[1]));
        Map<Long, ItemCounts> items = summaries.itemCountsOwnedBy(ids, new Period(year, PeriodKind.YEAR, 1));
        return people.stream().map(row -> {
            long id = (Long) row[0];
            Set<CoverageGap> gaps = EnumSet.noneOf(CoverageGap.class);
            lacking.forEach((gap, lackingIt) -> {
                if (lackingIt.contains(id)) {
                    gaps.add(gap);
                }
            });
            return new AnnualRecord(id, (String) row[1], (String) row[3], ((PartyStatus) row[2]).isPartyMember(),
                    LedgerFigures.of(items.getOrDefault(id, ItemCounts.NONE), grades.getOrDefault(id, Map.of())),
                    results.get(id), gaps);
        }).toList();
    }

    /**
     * The subtree's counts per unit of the people, each row the unit's tree path and, in order, people, party
     * members, ★ ☆ ○ △ given, 优秀 合格 不合格, not committed, not published, not evaluated.
     */
    Map<String, long[]> countsByUnit(OrgUnit root, int year) {
        String path = root.getTreePath() + "%";
        Map<String, long[]> counts = new HashMap<>();
        entityManager.createQuery("SELECT u.treePath, COUNT(p), SUM(CASE WHEN p.partyStatus = :full"
                        + " OR p.partyStatus = :probationary THEN 1 ELSE 0 END)" + PEOPLE + " GROUP BY u.treePath",
                        Object[].class)
                .setParameter("path", path).setParameter("full", PartyStatus.FULL_MEMBER)
                .setParameter("probationary", PartyStatus.PROBATIONARY_MEMBER).getResultList()
                .forEach(row -> {
                    long[] unit = counts.computeIfAbsent((String) row[0], p -> new long[12]);
                    unit[0] = ((Number) row[1]).longValue();
                    unit[1] = ((Number) row[2]).longValue();
                });
        entityManager.createQuery("SELECT u.treePath, g.grade, COUNT(g) FROM Grading g JOIN g.subjectPerson p"
                        + " JOIN p.orgUnit u JOIN g.meeting m WHERE u.treePath LIKE :path AND p.departedOn IS NULL"
                        + " AND m.publishedAt IS NOT NULL AND g.periodMonth BETWEEN :from AND :until"
                        + " GROUP BY u.treePath, g.grade", Object[].class)
                .setParameter("path", path).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("until", LocalDate.of(year, 12, 1)).getResultList()
                .forEach(row -> add(counts, row, 2 + ((StarGrade) row[1]).ordinal()));
        entityManager.createQuery("SELECT u.treePath, e.proposed, COUNT(e) FROM MemberEvaluation e JOIN e.person p"
                        + " JOIN p.orgUnit u JOIN e.branch b JOIN b.campaign c WHERE u.treePath LIKE :path"
                        + " AND p.departedOn IS NULL AND b.publishedAt IS NOT NULL AND c.year = :year"
                        + " GROUP BY u.treePath, e.proposed", Object[].class)
                .setParameter("path", path).setParameter("year", year).getResultList()
                .forEach(row -> add(counts, row, 6 + ((AnnualGrade) row[1]).ordinal()));
        for (CoverageGap gap : CoverageGap.values()) {
            gap(entityManager.createQuery("SELECT u.treePath, COUNT(p)" + PEOPLE + " AND " + condition(gap)
                    + " GROUP BY u.treePath", Object[].class), gap, year).setParameter("path", path).getResultList()
                    .forEach(row -> {
                        long[] unit = counts.computeIfAbsent((String) row[0], p -> new long[12]);
                        unit[9 + gap.ordinal()] = ((Number) row[1]).longValue();
                    });
        }
        return counts;
    }

    /** The subtree's people with the gap, the first {@code limit} by unit and name. */
    List<CoverageList.Named> lacking(OrgUnit root, int year, CoverageGap gap, int limit) {
        return gap(entityManager.createQuery("SELECT p.id, p.name, u.name" + PEOPLE + " AND " + condition(gap)
                        + " ORDER BY u.treePath, p.name, p.id", Object[].class), gap, year)
                .setParameter("path", root.getTreePath() + "%").setMaxResults(limit).getResultList().stream()
                .map(row -> new CoverageList.Named((Long) row[0], (String) row[1], (String) row[2])).toList();
    }

    private static void add(Map<String, long[]> counts, Object[] row, int index) {
        counts.computeIfAbsent((String) row[0], p -> new long[12])[index] += ((Number) row[2]).longValue();
    }

    /**
     * {@link CoverageGap}'s rule as a condition on the person {@code p}: the one statement of it, which the records,
     * the per-unit counts and the lists all ask.
     */
    private static String condition(CoverageGap gap) {
        String committed = "EXISTS (SELECT c.id FROM Commitment c WHERE c.ownerPerson = p AND c.year = :year"
                + " AND c.status NOT IN :notCommitting";
        return switch (gap) {
            case NOT_COMMITTED -> "NOT " + committed + ")";
            case NOT_PUBLISHED -> committed + ") AND NOT " + committed + " AND c.publishedOn IS NOT NULL)";
            case NOT_EVALUATED -> "(p.partyStatus = :full OR p.partyStatus = :probationary) AND NOT EXISTS"
                    + " (SELECT e.id FROM MemberEvaluation e JOIN e.branch b JOIN b.campaign c WHERE e.person = p"
                    + " AND b.publishedAt IS NOT NULL AND c.year = :year)";
        };
    }

    private static <T> TypedQuery<T> gap(TypedQuery<T> query, CoverageGap gap, int year) {
        query.setParameter("year", year);
        return gap == CoverageGap.NOT_EVALUATED
                ? query.setParameter("full", PartyStatus.FULL_MEMBER)
                        .setParameter("probationary", PartyStatus.PROBATIONARY_MEMBER)
                : query.setParameter("notCommitting", CoverageGap.notCommitting());
    }
}
