package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jiannuo.application.tenancy.CurrentTenant;
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

    private static final String INSERT_REMINDER = "INSERT INTO reminder (id, tenant_code, commitment_id, kind,"
            + " period_key, person_id, unit_id, created_at)";

    /**
     * A reminder id taken straight from the sequence. EclipseLink hands out blocks of 50 ids ending or
     * starting at a value it drew; every value drawn here is a different one of those block values, so
     * it never falls inside a block EclipseLink uses.
     */
    private static final String NEXT_REMINDER_ID = "nextval('reminder_seq')";

    /** The statuses of an item in fulfilment as native SQL binds them, and their placeholders. */
    private static final List<String> FULFILLING = CommitmentStatus.fulfilling().stream().map(Enum::name).sorted()
            .toList();
    private static final String FULFILLING_PLACEHOLDERS = String.join(", ",
            Collections.nCopies(FULFILLING.size(), "?"));

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    DatabaseVendor databaseVendor;

    @Inject
    CurrentTenant currentTenant;

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
        // Flagged late on the day the sweep finds it so; the dates are the domain's, as in Deadlines.isOverdue. The
        // version rises as with any change, so that an edit begun before the flag fails instead of undoing it.
        if (databaseVendor.isPostgresql()) {
            return entityManager.createQuery("UPDATE Commitment c SET c.overdueSince = :today"
                            + " WHERE c.overdueSince IS NULL AND c.dueDate < :lateIfDueBefore"
                            + " AND c.status IN :fulfilling")
                    .setParameter("today", today)
                    .setParameter("lateIfDueBefore", deadlines.lateIfDueBefore(today))
                    .setParameter("fulfilling", CommitmentStatus.fulfilling())
                    .executeUpdate();
        }
        // On H2 the items are found by a subquery and updated by id: H2 then rewrites them in the order it stores
        // them, each page once (3.7 s for the 38,087 late items of a county, and 2.2 s to commit), where updating
        // them in the deadline index's order rewrote a page for nearly every item (12.2 s, and 7.2 s to commit).
        // Native SQL, since EclipseLink turns the subquery of a JPQL update into a correlated EXISTS; PostgreSQL
        // keeps the plain statement, which it plans best, also before a fresh table has statistics.
        List<Object> values = new ArrayList<>(List.of(Date.valueOf(today), currentTenant.code(), currentTenant.code(),
                Date.valueOf(deadlines.lateIfDueBefore(today))));
        values.addAll(FULFILLING);
        return execute(entityManager.createNativeQuery("UPDATE commitment SET overdue_since = ?, version = version + 1"
                + " WHERE tenant_code = ? AND id IN (SELECT l.id FROM commitment l WHERE l.tenant_code = ?"
                + " AND l.overdue_since IS NULL AND l.due_date < ? AND l.status IN (" + FULFILLING_PLACEHOLDERS + "))"),
                values);
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
    public int remindRecordsMissing(Deadlines deadlines, LocalDate today, LocalDateTime now) {
        // Deadlines.isRecordMissing in SQL: no expected month yet means nothing is missing.
        Optional<YearMonth> expected = deadlines.recordExpected(today);
        if (expected.isEmpty()) {
            return 0;
        }
        YearMonth month = expected.get();
        return remind(ReminderKind.RECORD_MISSING, new ReminderKey("?", month.toString(), true),
                "c.commitment_year <= ? AND (c.last_record_month IS NULL OR c.last_record_month < ?)",
                List.of(month.getYear(), Date.valueOf(month.atDay(1))), now);
    }

    @Override
    public int remindDueSoon(Deadlines deadlines, LocalDate today, LocalDateTime now) {
        // Deadlines.isDueSoon in SQL, with its dates; the key is the deadline as LocalDate writes it.
        return remind(ReminderKind.DEADLINE_APPROACHING, new ReminderKey("TO_CHAR(c.due_date, 'YYYY-MM-DD')", null,
                        false), "c.due_date >= ? AND c.due_date <= ?",
                List.of(Date.valueOf(deadlines.dueSoonFrom(today)), Date.valueOf(deadlines.dueSoonUntil(today))), now);
    }

    @Override
    public int remindOverdue(LocalDateTime now) {
        return remind(ReminderKind.OVERDUE, new ReminderKey("?", "overdue", false), "c.overdue_since IS NOT NULL",
                List.of(), now);
    }

    @Override
    public int remindRectificationsOverdue(LocalDateTime now) {
        // One per rectification (its key), and none while the owner was reminded since it was ordered.
        return entityManager.createNativeQuery(INSERT_REMINDER
                        + " SELECT " + NEXT_REMINDER_ID + ", c.tenant_code, c.id, ?, 'R' || CAST(x.id AS VARCHAR(19)),"
                        + " c.owner_person_id, c.owner_unit_id, ?"
                        + " FROM rectification x"
                        + " JOIN commitment c ON c.id = x.commitment_id AND c.tenant_code = x.tenant_code"
                        + " WHERE x.tenant_code = ? AND x.status = ? AND x.overdue_since IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM reminder r WHERE r.tenant_code = c.tenant_code"
                        + " AND r.commitment_id = c.id AND r.kind = ? AND r.created_at >= x.ordered_at)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, ReminderKind.RECTIFICATION_OVERDUE.name())
                .setParameter(2, Timestamp.valueOf(now))
                .setParameter(3, currentTenant.code())
                .setParameter(4, RectificationStatus.OPEN.name())
                .setParameter(5, ReminderKind.RECTIFICATION_OVERDUE.name())
                .executeUpdate();
    }

    /**
     * Leaves a reminder of the kind on every fulfilling item of the tenant that meets the condition
     * and has no reminder of that kind yet (under the same key, if the key says so). Native SQL, so
     * the tenant is filtered here, and on PostgreSQL row-level security checks it again; the unique
     * key (tenant, item, kind, key) turns a reminder another node left meanwhile into nothing.
     */
    private int remind(ReminderKind kind, ReminderKey key, String condition, List<Object> conditionValues,
            LocalDateTime now) {
        List<Object> values = new ArrayList<>();
        values.add(kind.name());
        key.bind(values);
        values.add(Timestamp.valueOf(now));
        values.add(currentTenant.code());
        values.addAll(FULFILLING);
        values.addAll(conditionValues);
        values.add(kind.name());
        if (key.oncePerKey()) {
            key.bind(values);
        }
        return execute(entityManager.createNativeQuery(INSERT_REMINDER + " SELECT " + NEXT_REMINDER_ID
                + ", c.tenant_code, c.id, ?, " + key.expression() + ", c.owner_person_id, c.owner_unit_id, ?"
                + " FROM commitment c WHERE c.tenant_code = ?"
                + " AND c.status IN (" + FULFILLING_PLACEHOLDERS + ")"
                + " AND " + condition
                + " AND NOT EXISTS (SELECT 1 FROM reminder r WHERE r.tenant_code = c.tenant_code"
                + " AND r.commitment_id = c.id AND r.kind = ?"
                + (key.oncePerKey() ? " AND r.period_key = " + key.expression() : "") + ")"
                + " ON CONFLICT DO NOTHING"), values);
    }

    /** Runs a native statement with its positional values, in order. */
    private static int execute(Query statement, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            statement.setParameter(i + 1, values.get(i));
        }
        return statement.executeUpdate();
    }

    /**
     * What a reminder is about: an SQL expression over the item {@code c}, or a bound value ({@code ?}).
     *
     * @param oncePerKey one reminder of the kind per key (a month's record), rather than one per item
     */
    private record ReminderKey(String expression, Object value, boolean oncePerKey) {

        void bind(List<Object> values) {
            if (value != null) {
                values.add(value);
            }
        }
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
}
