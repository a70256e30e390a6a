package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.summary.Bulletin;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.summary.ItemCounts;
import org.jiannuo.domain.model.summary.ItemFacts;
import org.jiannuo.domain.model.summary.MemberRecord;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.SelfReport;
import org.jiannuo.domain.model.summary.SummaryRepository;

/** Self-reports and bulletins, and what a bulletin is drafted from: the ledger's items and the published grades. */
@ApplicationScoped
public class JpaSummaryRepository implements SummaryRepository {

    /** What {@link #itemFacts} reads of an item, up to the WHERE clause's owner condition. */
    // EclipseLink answers a JPQL multi-select with Object[] rows, also when asked for Tuples.
    private static final String ITEM_FACTS = "SELECT c.id, p.id, p.name, c.content, c.dueDate, c.overdueSince,"
            + " c.closedOn, c.progress FROM Commitment c LEFT JOIN c.ownerPerson p WHERE ";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void store(SelfReport report) {
        entityManager.persist(report);
    }

    @Override
    public Optional<SelfReport> selfReport(Person person, Period half) {
        return entityManager.createQuery("SELECT r FROM SelfReport r WHERE r.person = :person AND r.year = :year"
                + " AND r.periodKind = :kind AND r.half = :half", SelfReport.class)
                .setParameter("person", person).setParameter("year", half.year()).setParameter("kind", half.kind())
                .setParameter("half", half.index())
                .getResultStream().findFirst();
    }

    @Override
    public List<SelfReport> selfReportsIn(OrgUnit unit, Period half) {
        return entityManager.createQuery("SELECT r FROM SelfReport r JOIN FETCH r.person p WHERE r.unit = :unit"
                + " AND r.year = :year AND r.periodKind = :kind AND r.half = :half ORDER BY p.name, p.id", SelfReport.class)
                .setParameter("unit", unit).setParameter("year", half.year()).setParameter("kind", half.kind())
                .setParameter("half", half.index())
                .getResultList();
    }

    @Override
    public List<Person> rosterOf(OrgUnit unit) {
        return entityManager.createQuery("SELECT p FROM Person p WHERE p.orgUnit = :unit AND p.departedOn IS NULL"
                + " ORDER BY p.name, p.id", Person.class).setParameter("unit", unit).getResultList();
    }

    @Override
    public void store(Bulletin bulletin) {
        entityManager.persist(bulletin);
    }

    @Override
    public Optional<Bulletin> findBulletin(long id) {
        return Optional.ofNullable(entityManager.find(Bulletin.class, id));
    }

    @Override
    public Optional<Bulletin> bulletin(OrgUnit unit, BulletinKind kind, Period period) {
        return entityManager.createQuery("SELECT b FROM Bulletin b WHERE b.unit = :unit AND b.kind = :kind"
                + " AND b.year = :year AND b.periodIndex = :index", Bulletin.class)
                .setParameter("unit", unit).setParameter("kind", kind).setParameter("year", period.year())
                .setParameter("index", period.index()).getResultStream().findFirst();
    }

    @Override
    public List<Bulletin> bulletinsOf(OrgUnit unit, boolean publishedOnly) {
        return entityManager.createQuery("SELECT b FROM Bulletin b WHERE b.unit = :unit"
                + (publishedOnly ? " AND b.publishedAt IS NOT NULL" : "")
                + " ORDER BY b.year DESC, b.draftedAt DESC, b.id DESC", Bulletin.class)
                .setParameter("unit", unit).getResultList();
    }

    @Override
    public List<ItemFacts> items(OrgUnit unit, BulletinKind kind, int year) {
        String owner = kind.coversMembers() ? "c.reviewingUnit = :unit AND c.ownerPerson IS NOT NULL"
                : "c.ownerUnit = :unit";
        List<Object[]> rows = entityManager.createQuery(ITEM_FACTS + owner
                + " AND c.year = :year AND c.status IN :approved ORDER BY p.name, c.dueDate, c.id", Object[].class)
                .setParameter("unit", unit).setParameter("year", year)
                .setParameter("approved", CommitmentStatus.approved()).getResultList();
        return itemFacts(rows, unit.getName());
    }

    @Override
    public Map<Long, ItemCounts> itemCountsOwnedBy(Collection<Long> personIds, Period period) {
        Map<Long, ItemCounts> counts = new HashMap<>();
        for (List<Long> people : Chunks.of(personIds)) {
            Map<Long, Integer> rectified = new HashMap<>();
            // ItemFacts#rectifiedIn: a rectification of the item ordered in the period.
            entityManager.createQuery("SELECT c.ownerPerson.id, COUNT(DISTINCT c.id) FROM Rectification r"
                            + " JOIN r.commitment c WHERE c.ownerPerson.id IN :people AND c.year = :year"
                            + " AND c.status IN :approved AND r.orderedAt >= :from AND r.orderedAt < :until"
                            + " GROUP BY c.ownerPerson.id", Object[].class)
                    .setParameter("people", people).setParameter("year", period.year())
                    .setParameter("approved", CommitmentStatus.approved())
                    .setParameter("from", period.firstDay().atStartOfDay())
                    .setParameter("until", period.lastDay().plusDays(1).atStartOfDay()).getResultList()
                    .forEach(row -> rectified.put((Long) row[0], ((Number) row[1]).intValue()));
            // ItemFacts#closedBy, #onScheduleBy and #lateIn; a comparison with a null date is never true.
            entityManager.createQuery("SELECT c.ownerPerson.id, COUNT(c),"
                            + " SUM(CASE WHEN c.closedOn <= :last THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN c.closedOn <= :last AND c.closedOn <= c.dueDate THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN c.overdueSince <= :last AND (c.closedOn IS NULL OR c.closedOn >= :first)"
                            + " THEN 1 ELSE 0 END) FROM Commitment c WHERE c.ownerPerson.id IN :people"
                            + " AND c.year = :year AND c.status IN :approved GROUP BY c.ownerPerson.id", Object[].class)
                    .setParameter("people", people).setParameter("year", period.year())
                    .setParameter("approved", CommitmentStatus.approved())
                    .setParameter("first", period.firstDay()).setParameter("last", period.lastDay()).getResultList()
                    .forEach(row -> counts.put((Long) row[0], new ItemCounts(((Number) row[1]).intValue(),
                            ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                            rectified.getOrDefault((Long) row[0], 0))));
        }
        return counts;
    }

    /** The rows of {@link #ITEM_FACTS} with their rectifications; an organization's own item is named after it. */
    private List<ItemFacts> itemFacts(List<Object[]> rows, String unitName) {
        Map<Long, List<LocalDateTime>> rectifications = rectificationsOf(rows.stream()
                .map(row -> (Long) row[0]).toList());
        return rows.stream().map(row -> new ItemFacts((Long) row[1], row[2] == null ? unitName : (String) row[2],
                (String) row[3], (LocalDate) row[4], (LocalDate) row[5], (LocalDate) row[6], (Integer) row[7],
                rectifications.getOrDefault((Long) row[0], List.of()))).toList();
    }

    private Map<Long, List<LocalDateTime>> rectificationsOf(List<Long> commitmentIds) {
        Map<Long, List<LocalDateTime>> ordered = new HashMap<>();
        for (int from = 0; from < commitmentIds.size(); from += 1000) {
            entityManager.createQuery("SELECT r.commitment.id, r.orderedAt FROM Rectification r"
                    + " WHERE r.commitment.id IN :ids", Object[].class)
                    .setParameter("ids", commitmentIds.subList(from, Math.min(commitmentIds.size(), from + 1000)))
                    .getResultList().forEach(row -> ordered.computeIfAbsent((Long) row[0],
                            id -> new ArrayList<>()).add((LocalDateTime) row[1]));
        }
        return ordered;
    }

    @Override
    public List<MemberRecord> members(OrgUnit unit, Period period, List<ItemFacts> items) {
        Map<Long, String> names = new LinkedHashMap<>();
        rosterOf(unit).forEach(person -> names.put(person.getId(), person.getName()));
        Map<Long, Map<YearMonth, StarGrade>> grades = new HashMap<>();
        entityManager.createQuery("SELECT s.id, s.name, g.periodMonth, g.grade FROM Grading g JOIN g.subjectPerson s"
                + " WHERE g.meeting.unit = :unit AND g.meeting.publishedAt IS NOT NULL"
                + " AND g.periodMonth BETWEEN :from AND :until", Object[].class)
                .setParameter("unit", unit).setParameter("from", period.firstDay())
                .setParameter("until", period.lastMonth().atDay(1)).getResultList().forEach(row -> {
                    names.putIfAbsent((Long) row[0], (String) row[1]);
                    grades.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                            .put(YearMonth.from((LocalDate) row[2]), (StarGrade) row[3]);
                });
        Map<Long, List<ItemFacts>> itemsOf = new HashMap<>();
        for (ItemFacts item : items) {
            if (item.ownerPersonId() != null) {
                names.putIfAbsent(item.ownerPersonId(), item.ownerName());
                itemsOf.computeIfAbsent(item.ownerPersonId(), id -> new ArrayList<>()).add(item);
            }
        }
        return names.entrySet().stream().map(entry -> new MemberRecord(entry.getKey(), entry.getValue(),
                grades.getOrDefault(entry.getKey(), Map.of()), itemsOf.getOrDefault(entry.getKey(), List.of())))
                .toList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
