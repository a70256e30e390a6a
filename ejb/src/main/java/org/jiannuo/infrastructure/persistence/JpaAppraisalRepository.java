package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.AppraisalRules;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.BallotTally;
import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.MeetingTimeliness;
import org.jiannuo.domain.model.appraisal.NarrationExemption;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.appraisal.Remark;
import org.jiannuo.domain.model.appraisal.RemarkKind;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.Person;

/** Appraisal storage. The ballot's receipts, sealed ballots and counts are the ballot engine's. */
@ApplicationScoped
public class JpaAppraisalRepository implements AppraisalRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<AppraisalRules> rules() {
        return entityManager.createQuery("SELECT r FROM AppraisalRules r", AppraisalRules.class)
                .getResultStream().findFirst();
    }

    @Override
    public void store(AppraisalRules rules) {
        entityManager.persist(rules);
    }

    @Override
    public void store(Meeting meeting) {
        entityManager.persist(meeting);
    }

    @Override
    public Optional<Meeting> findMeeting(long id) {
        // With its unit, which every caller checks the scope against: one statement instead of two.
        return entityManager.createQuery("SELECT m FROM Meeting m JOIN FETCH m.unit WHERE m.id = :id", Meeting.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Grading> findGrading(long id) {
        return Optional.ofNullable(entityManager.find(Grading.class, id));
    }

    @Override
    public Optional<Meeting> meeting(OrgUnit unit, MeetingKind kind, YearMonth period) {
        return entityManager.createQuery("SELECT m FROM Meeting m WHERE m.unit = :unit AND m.kind = :kind"
                        + " AND m.periodMonth = :period", Meeting.class)
                .setParameter("unit", unit)
                .setParameter("kind", kind)
                .setParameter("period", period.atDay(1))
                .getResultStream().findFirst();
    }

    @Override
    public List<Meeting> meetingsOf(OrgUnit unit, int limit) {
        return OwnedRows.of(entityManager, Meeting.class, "unit", unit, "x.periodMonth DESC, x.kind")
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Meeting> meetingsUnder(String treePath, MeetingKind kind, YearMonth period) {
        return entityManager.createQuery("SELECT m FROM Meeting m JOIN FETCH m.unit u WHERE u.treePath LIKE :path"
                        + " AND m.kind = :kind AND m.periodMonth = :period ORDER BY u.treePath", Meeting.class)
                .setParameter("path", treePath + "%")
                .setParameter("kind", kind)
                .setParameter("period", period.atDay(1))
                .getResultList();
    }

    @Override
    public void store(Attendance attendance) {
        entityManager.persist(attendance);
    }

    @Override
    public List<Attendance> attendance(Meeting meeting) {
        return entityManager.createQuery("SELECT a FROM Attendance a JOIN FETCH a.person WHERE a.meeting = :meeting"
                        + " ORDER BY a.person.id", Attendance.class)
                .setParameter("meeting", meeting)
                .getResultList();
    }

    @Override
    public Optional<Attendance> attendanceOf(Meeting meeting, long personId) {
        return entityManager.createQuery("SELECT a FROM Attendance a WHERE a.meeting = :meeting"
                        + " AND a.person.id = :person", Attendance.class)
                .setParameter("meeting", meeting)
                .setParameter("person", personId)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Long, Integer> votersAt(Collection<Long> meetingIds) {
        Map<Long, Integer> voters = new HashMap<>();
        for (List<Long> chunk : Chunks.of(meetingIds)) {
            entityManager.createQuery("SELECT a.meeting.id, COUNT(a) FROM Attendance a WHERE a.meeting.id IN :ids"
                            + " AND a.presence = :present GROUP BY a.meeting.id", Object[].class)
                    .setParameter("ids", chunk)
                    .setParameter("present", Presence.PRESENT)
                    .getResultList()
                    .forEach(row -> voters.put((Long) row[0], ((Long) row[1]).intValue()));
        }
        return voters;
    }

    @Override
    public void store(Remark remark) {
        entityManager.persist(remark);
    }

    @Override
    public List<Remark> remarks(Meeting meeting) {
        return OwnedRows.of(entityManager, Remark.class, "meeting", meeting, "x.id").getResultList();
    }

    @Override
    public Optional<Remark> remark(Meeting meeting, RemarkKind kind, String subjectKey) {
        return entityManager.createQuery("SELECT r FROM Remark r WHERE r.meeting = :meeting AND r.kind = :kind"
                        + " AND r.subjectKey = :subject", Remark.class)
                .setParameter("meeting", meeting)
                .setParameter("kind", kind)
                .setParameter("subject", subjectKey)
                .getResultStream().findFirst();
    }

    @Override
    public void store(NarrationExemption exemption) {
        entityManager.persist(exemption);
    }

    @Override
    public Optional<NarrationExemption> findExemption(long id) {
        return Optional.ofNullable(entityManager.find(NarrationExemption.class, id));
    }

    @Override
    public List<NarrationExemption> exemptionsUnder(String treePath, int limit) {
        return entityManager.createQuery("SELECT e FROM NarrationExemption e JOIN FETCH e.person p"
                        + " WHERE p.orgUnit.treePath LIKE :path"
                        + " ORDER BY CASE WHEN e.status = org.jiannuo.domain.model.appraisal.ExemptionStatus.REQUESTED"
                        + " THEN 0 ELSE 1 END, e.id DESC", NarrationExemption.class)
                .setParameter("path", treePath + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Set<Long> exemptedIn(List<Long> unitIds, YearMonth month) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        LocalDate first = month.atDay(1);
        return new HashSet<>(entityManager.createQuery("SELECT e.person.id FROM NarrationExemption e"
                        + " WHERE e.person.orgUnit.id IN :units"
                        + " AND e.status = org.jiannuo.domain.model.appraisal.ExemptionStatus.APPROVED"
                        + " AND e.fromMonth <= :month AND (e.untilMonth IS NULL OR e.untilMonth >= :month)", Long.class)
                .setParameter("units", unitIds)
                .setParameter("month", first)
                .getResultList());
    }

    @Override
    public void store(BallotTally tally) {
        entityManager.persist(tally);
    }

    @Override
    public List<BallotTally> tallies(Meeting meeting) {
        return OwnedRows.of(entityManager, BallotTally.class, "meeting", meeting, "x.position")
                .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
                .setHint("eclipselink.refresh", "true")
                .getResultList();
    }

    @Override
    public List<BallotTally> tallies(Collection<Meeting> meetings) {
        return OwnedRows.ofAll(entityManager, BallotTally.class, "meeting", meetings, "x.meeting.id, x.position",
                query -> query.setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
                        .setHint("eclipselink.refresh", "true"));
    }

    @Override
    public void store(Grading grading) {
        entityManager.persist(grading);
    }

    @Override
    public List<Grading> gradings(Meeting meeting) {
        return OwnedRows.of(entityManager, Grading.class, "meeting", meeting, "x.id").getResultList();
    }

    @Override
    public List<Grading> gradings(Collection<Meeting> meetings) {
        return OwnedRows.ofAll(entityManager, Grading.class, "meeting", meetings, "x.id", query -> query);
    }

    @Override
    public List<Grading> gradesOf(Person person, boolean publishedOnly) {
        return entityManager.createQuery("SELECT g FROM Grading g JOIN FETCH g.meeting m"
                        + " WHERE g.subjectPerson = :person" + (publishedOnly ? " AND m.publishedAt IS NOT NULL" : "")
                        + " ORDER BY g.periodMonth DESC", Grading.class)
                .setParameter("person", person)
                .getResultList();
    }

    @Override
    public Map<YearMonth, Map<StarGrade, Long>> distribution(String treePath, GradingGroup group, YearMonth from,
            YearMonth until) {
        List<Object[]> rows = entityManager.createQuery("SELECT g.periodMonth, g.grade, COUNT(g) FROM Grading g"
                        + " JOIN g.meeting m WHERE m.unit.treePath LIKE :path AND g.group = :group"
                        + " AND m.publishedAt IS NOT NULL AND g.periodMonth BETWEEN :from AND :until"
                        + " GROUP BY g.periodMonth, g.grade", Object[].class)
                .setParameter("path", treePath + "%")
                .setParameter("group", group)
                .setParameter("from", from.atDay(1))
                .setParameter("until", until.atDay(1))
                .getResultList();
        Map<YearMonth, Map<StarGrade, Long>> distribution = new TreeMap<>();
        for (Object[] row : rows) {
            distribution.computeIfAbsent(YearMonth.from((LocalDate) row[0]), month -> new EnumMap<>(StarGrade.class))
                    .put((StarGrade) row[1], ((Number) row[2]).longValue());
        }
        return distribution;
    }

    @Override
    public long countUnitsHolding(String treePath, MeetingKind kind) {
        return entityManager.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.treePath LIKE :path"
                        + " AND u.dissolvedOn IS NULL AND " + holds(kind), Long.class)
                .setParameter("path", treePath + "%")
                .setParameter("branch", OrgUnitType.BRANCH)
                .getSingleResult();
    }

    @Override
    public Map<MeetingTimeliness, Long> countHeld(String treePath, MeetingKind kind, YearMonth period, LocalDate due) {
        Object[] counts = entityManager.createQuery("SELECT SUM(CASE WHEN m.heldOn <= :due THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.heldOn > :due THEN 1 ELSE 0 END) FROM Meeting m"
                        + " WHERE m.unit.treePath LIKE :path AND m.kind = :kind AND m.periodMonth = :period",
                        Object[].class)
                .setParameter("due", due)
                .setParameter("path", treePath + "%")
                .setParameter("kind", kind)
                .setParameter("period", period.atDay(1))
                .getSingleResult();
        Map<MeetingTimeliness, Long> held = new EnumMap<>(MeetingTimeliness.class);
        held.put(MeetingTimeliness.ON_TIME, counts[0] == null ? 0 : ((Number) counts[0]).longValue());
        held.put(MeetingTimeliness.LATE, counts[1] == null ? 0 : ((Number) counts[1]).longValue());
        return held;
    }

    @Override
    public List<Meeting> lateMeetings(String treePath, MeetingKind kind, YearMonth period, LocalDate due, int limit) {
        return entityManager.createQuery("SELECT m FROM Meeting m JOIN FETCH m.unit u WHERE u.treePath LIKE :path"
                        + " AND m.kind = :kind AND m.periodMonth = :period AND m.heldOn > :due"
                        + " ORDER BY m.heldOn DESC, u.treePath", Meeting.class)
                .setParameter("path", treePath + "%")
                .setParameter("kind", kind)
                .setParameter("period", period.atDay(1))
                .setParameter("due", due)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<OrgUnit> unitsWithoutMeeting(String treePath, MeetingKind kind, YearMonth period, int limit) {
        return entityManager.createQuery("SELECT u FROM OrgUnit u WHERE u.treePath LIKE :path"
                        + " AND u.dissolvedOn IS NULL AND " + holds(kind)
                        + " AND NOT EXISTS (SELECT m FROM Meeting m WHERE m.unit = u AND m.kind = :kind"
                        + " AND m.periodMonth = :period) ORDER BY u.treePath", OrgUnit.class)
                .setParameter("path", treePath + "%")
                .setParameter("branch", OrgUnitType.BRANCH)
                .setParameter("kind", kind)
                .setParameter("period", period.atDay(1))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Branches hold the monthly meeting; units with active sub-units hold the secretaries'. */
    private static String holds(MeetingKind kind) {
        return kind == MeetingKind.ORGANIZATION_LIFE ? "u.type = :branch"
                : "(u.type <> :branch AND EXISTS (SELECT c FROM OrgUnit c WHERE c.parent = u"
                        + " AND c.dissolvedOn IS NULL))";
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
