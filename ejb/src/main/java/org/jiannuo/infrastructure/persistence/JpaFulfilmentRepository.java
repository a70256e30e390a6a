package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.fulfilment.CloseOutReport;
import org.jiannuo.domain.model.fulfilment.Deadlines;
import org.jiannuo.domain.model.fulfilment.EvidenceFile;
import org.jiannuo.domain.model.fulfilment.EvidenceSummary;
import org.jiannuo.domain.model.fulfilment.FulfilmentRecord;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;
import org.jiannuo.domain.model.fulfilment.QuarterlyCheck;
import org.jiannuo.domain.model.fulfilment.Rectification;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.fulfilment.Reminder;
import org.jiannuo.domain.model.fulfilment.ReminderKind;

@ApplicationScoped
public class JpaFulfilmentRepository implements FulfilmentRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void store(FulfilmentRecord record) {
        entityManager.persist(record);
    }

    @Override
    public void store(EvidenceFile file) {
        entityManager.persist(file);
    }

    @Override
    public void store(CloseOutReport report) {
        entityManager.persist(report);
    }

    @Override
    public void store(QuarterlyCheck check) {
        entityManager.persist(check);
    }

    @Override
    public void store(Rectification rectification) {
        entityManager.persist(rectification);
    }

    @Override
    public void store(Reminder reminder) {
        entityManager.persist(reminder);
    }

    @Override
    public Optional<FulfilmentRecord> findRecord(long id) {
        return Optional.ofNullable(entityManager.find(FulfilmentRecord.class, id));
    }

    @Override
    public Optional<FulfilmentRecord> recordOf(Commitment commitment, YearMonth month) {
        return entityManager.createQuery("SELECT r FROM FulfilmentRecord r WHERE r.commitment = :commitment"
                        + " AND r.month = :month", FulfilmentRecord.class)
                .setParameter("commitment", commitment)
                .setParameter("month", month.atDay(1))
                .getResultStream().findFirst();
    }

    @Override
    public List<FulfilmentRecord> records(Commitment commitment) {
        return ofCommitment(FulfilmentRecord.class, commitment, "x.month DESC");
    }

    @Override
    public List<EvidenceSummary> evidence(Commitment commitment) {
        return entityManager.createQuery("SELECT NEW org.jiannuo.domain.model.fulfilment.EvidenceSummary(f.id,"
                        + " r.id, c.id, f.fileName, f.mediaType, f.byteSize, f.uploadedBy, f.uploadedAt)"
                        + " FROM EvidenceFile f LEFT JOIN f.record r LEFT JOIN f.closeOutReport c"
                        + " WHERE f.commitment = :commitment ORDER BY f.id", EvidenceSummary.class)
                .setParameter("commitment", commitment)
                .getResultList();
    }

    @Override
    public Optional<EvidenceFile> findEvidence(long id) {
        return Optional.ofNullable(entityManager.find(EvidenceFile.class, id));
    }

    @Override
    public List<CloseOutReport> closeOutReports(Commitment commitment) {
        return ofCommitment(CloseOutReport.class, commitment, "x.id DESC");
    }

    @Override
    public Optional<QuarterlyCheck> check(Commitment commitment, int year, int quarter) {
        return entityManager.createQuery("SELECT q FROM QuarterlyCheck q WHERE q.commitment = :commitment"
                        + " AND q.year = :year AND q.quarter = :quarter", QuarterlyCheck.class)
                .setParameter("commitment", commitment)
                .setParameter("year", year)
                .setParameter("quarter", quarter)
                .getResultStream().findFirst();
    }

    @Override
    public List<QuarterlyCheck> checks(Commitment commitment) {
        return ofCommitment(QuarterlyCheck.class, commitment, "x.year DESC, x.quarter DESC");
    }

    @Override
    public Optional<Rectification> findRectification(long id) {
        return Optional.ofNullable(entityManager.find(Rectification.class, id));
    }

    @Override
    public List<Rectification> rectifications(Commitment commitment) {
        return ofCommitment(Rectification.class, commitment, "x.id DESC");
    }

    @Override
    public boolean hasUnsettledRectification(Commitment commitment) {
        return entityManager.createQuery("SELECT COUNT(r) FROM Rectification r WHERE r.commitment = :commitment"
                        + " AND r.status <> :accepted", Long.class)
                .setParameter("commitment", commitment)
                .setParameter("accepted", RectificationStatus.ACCEPTED)
                .getSingleResult() > 0;
    }

    @Override
    public int markOverdue(Deadlines deadlines, LocalDate today) {
        // Flagged late on the day the sweep finds it so; the dates are the domain's, as in Deadlines.isOverdue.
        return entityManager.createQuery("UPDATE Commitment c SET c.overdueSince = :today"
                        + " WHERE c.overdueSince IS NULL AND c.dueDate < :lateIfDueBefore AND c.status IN :fulfilling")
                .setParameter("today", today)
                .setParameter("lateIfDueBefore", deadlines.lateIfDueBefore(today))
                .setParameter("fulfilling", CommitmentStatus.fulfilling())
                .executeUpdate();
    }

    @Override
    public int markRectificationsOverdue(LocalDate today) {
        return entityManager.createQuery("UPDATE Rectification r SET r.overdueSince = :today"
                        + " WHERE r.overdueSince IS NULL AND r.deadline < :today AND r.status = :open")
                .setParameter("today", today)
                .setParameter("open", RectificationStatus.OPEN)
                .executeUpdate();
    }

    @Override
    public List<Commitment> withoutRecord(Deadlines deadlines, LocalDate today, String periodKey, long afterId,
            int limit) {
        // Deadlines.isRecordMissing in JPQL: no expected month yet means nothing is missing.
        Optional<YearMonth> expected = deadlines.recordExpected(today);
        if (expected.isEmpty()) {
            return List.of();
        }
        YearMonth month = expected.get();
        return sweepPage("c.year <= :year AND (c.lastRecordMonth IS NULL OR c.lastRecordMonth < :month)"
                        + " AND NOT EXISTS (SELECT r FROM Reminder r WHERE r.commitment = c AND r.kind = :kind"
                        + " AND r.periodKey = :key)", afterId, limit)
                .setParameter("year", month.getYear())
                .setParameter("month", month.atDay(1))
                .setParameter("kind", ReminderKind.RECORD_MISSING)
                .setParameter("key", periodKey)
                .getResultList();
    }

    @Override
    public List<Commitment> dueSoon(Deadlines deadlines, LocalDate today, long afterId, int limit) {
        // Deadlines.isDueSoon in JPQL, with its dates.
        return sweepPage("c.dueDate >= :from AND c.dueDate <= :until"
                        + " AND NOT EXISTS (SELECT r FROM Reminder r WHERE r.commitment = c AND r.kind = :kind)",
                        afterId, limit)
                .setParameter("from", deadlines.dueSoonFrom(today))
                .setParameter("until", deadlines.dueSoonUntil(today))
                .setParameter("kind", ReminderKind.DEADLINE_APPROACHING)
                .getResultList();
    }

    @Override
    public List<Commitment> overdueUnreminded(long afterId, int limit) {
        return sweepPage("c.overdueSince IS NOT NULL"
                        + " AND NOT EXISTS (SELECT r FROM Reminder r WHERE r.commitment = c AND r.kind = :kind)",
                        afterId, limit)
                .setParameter("kind", ReminderKind.OVERDUE)
                .getResultList();
    }

    @Override
    public List<Rectification> overdueRectificationsUnreminded(long afterId, int limit) {
        return entityManager.createQuery("SELECT x FROM Rectification x JOIN FETCH x.commitment c"
                        + " WHERE x.id > :after AND x.status = :open AND x.overdueSince IS NOT NULL"
                        + " AND NOT EXISTS (SELECT r FROM Reminder r WHERE r.commitment = c AND r.kind = :kind"
                        + " AND r.createdAt >= x.orderedAt) ORDER BY x.id", Rectification.class)
                .setParameter("after", afterId)
                .setParameter("open", RectificationStatus.OPEN)
                .setParameter("kind", ReminderKind.RECTIFICATION_OVERDUE)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> peopleToMail(long afterId, int limit) {
        return entityManager.createQuery("SELECT DISTINCT p.id FROM Reminder r JOIN r.person p"
                        + " WHERE p.id > :after AND r.mailedAt IS NULL AND r.readAt IS NULL"
                        + " AND p.email IS NOT NULL AND p.departedOn IS NULL ORDER BY p.id", Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Reminder> unmailedOf(long personId) {
        return entityManager.createQuery("SELECT r FROM Reminder r JOIN FETCH r.commitment"
                        + " WHERE r.person.id = :person AND r.mailedAt IS NULL AND r.readAt IS NULL"
                        + " ORDER BY r.id", Reminder.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public int claimForMail(List<Long> reminderIds, String address, LocalDateTime now) {
        return entityManager.createQuery("UPDATE Reminder r SET r.mailedAt = :now, r.mailedTo = :address"
                        + " WHERE r.id IN :ids AND r.mailedAt IS NULL")
                .setParameter("now", now)
                .setParameter("address", address)
                .setParameter("ids", reminderIds)
                .executeUpdate();
    }

    @Override
    public List<Reminder> remindersOf(Long personId, List<Long> unitIds, int limit) {
        return entityManager.createQuery("SELECT r FROM Reminder r JOIN FETCH r.commitment"
                        + " WHERE r.person.id = :person OR r.unit.id IN :units"
                        + " ORDER BY CASE WHEN r.readAt IS NULL THEN 0 ELSE 1 END, r.id DESC", Reminder.class)
                .setParameter("person", personId == null ? -1L : personId)
                .setParameter("units", unitIds.isEmpty() ? List.of(-1L) : unitIds)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long unreadCount(Long personId, List<Long> unitIds) {
        return entityManager.createQuery("SELECT COUNT(r) FROM Reminder r WHERE r.readAt IS NULL"
                        + " AND (r.person.id = :person OR r.unit.id IN :units)", Long.class)
                .setParameter("person", personId == null ? -1L : personId)
                .setParameter("units", unitIds.isEmpty() ? List.of(-1L) : unitIds)
                .getSingleResult();
    }

    @Override
    public Optional<Reminder> findReminder(long id) {
        return Optional.ofNullable(entityManager.find(Reminder.class, id));
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }

    private <T> List<T> ofCommitment(Class<T> type, Commitment commitment, String orderBy) {
        return OwnedRows.of(entityManager, type, "commitment", commitment, orderBy).getResultList();
    }

    /** A page of a sweep: the fulfilling commitments {@code c} after {@code afterId} that meet the condition, by id. */
    private TypedQuery<Commitment> sweepPage(String condition, long afterId, int limit) {
        return entityManager.createQuery("SELECT c FROM Commitment c WHERE c.id > :after AND c.status IN :fulfilling"
                        + " AND " + condition + " ORDER BY c.id", Commitment.class)
                .setParameter("after", afterId)
                .setParameter("fulfilling", CommitmentStatus.fulfilling())
                .setMaxResults(limit);
    }
}
