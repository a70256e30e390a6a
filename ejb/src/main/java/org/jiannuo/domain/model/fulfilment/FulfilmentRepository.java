package org.jiannuo.domain.model.fulfilment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jiannuo.domain.model.commitment.Commitment;

public interface FulfilmentRepository {

    void store(FulfilmentRecord record);

    void store(EvidenceFile file);

    void store(CloseOutReport report);

    void store(QuarterlyCheck check);

    void store(Rectification rectification);

    void store(Reminder reminder);

    Optional<FulfilmentRecord> findRecord(long id);

    Optional<FulfilmentRecord> recordOf(Commitment commitment, YearMonth month);

    /** The item's monthly records, the latest first. */
    List<FulfilmentRecord> records(Commitment commitment);

    /** The item's evidence files without their content, oldest first. */
    List<EvidenceSummary> evidence(Commitment commitment);

    Optional<EvidenceFile> findEvidence(long id);

    /** Every completion report of the item, the latest first. */
    List<CloseOutReport> closeOutReports(Commitment commitment);

    Optional<QuarterlyCheck> check(Commitment commitment, int year, int quarter);

    List<QuarterlyCheck> checks(Commitment commitment);

    Optional<Rectification> findRectification(long id);

    /** The item's rectifications, the latest first. */
    List<Rectification> rectifications(Commitment commitment);

    boolean hasUnsettledRectification(Commitment commitment);

    /** Flags the items {@link Deadlines#isOverdue late} on {@code today}, late since then; returns how many were flagged. */
    int markOverdue(Deadlines deadlines, LocalDate today);

    /** Flags open rectifications whose deadline passed before {@code today}. */
    int markRectificationsOverdue(LocalDate today);

    // The sweep's reminders: each kind is one set-based statement over the tenant that leaves the reminder on
    // every item needing one and returns how many it left; one that another node left meanwhile is not doubled.

    /** Reminds the owner of every item whose {@link Deadlines#isRecordMissing record is missing}, once a month. */
    int remindRecordsMissing(Deadlines deadlines, LocalDate today, LocalDateTime now);

    /** Reminds the owner of every item {@link Deadlines#isDueSoon due soon} on {@code today}, once per item. */
    int remindDueSoon(Deadlines deadlines, LocalDate today, LocalDateTime now);

    /** Reminds the owner of every item flagged overdue, once per item. */
    int remindOverdue(LocalDateTime now);

    /** Reminds the owner of every open rectification flagged overdue, once since it was ordered. */
    int remindRectificationsOverdue(LocalDateTime now);

    /** People with unread, unmailed reminders and an e-mail address, by id. */
    List<Long> peopleToMail(long afterId, int limit);

    /** A person's reminders not yet mailed, oldest first. */
    List<Reminder> unmailedOf(long personId);

    /**
     * Marks the reminders mailed unless another node got there first; returns how many it marked,
     * so that only the node that marked them all sends the mail.
     */
    int claimForMail(List<Long> reminderIds, String address, LocalDateTime now);

    /** Reminders of a person, or of units, unread first then newest first. */
    List<Reminder> remindersOf(Long personId, List<Long> unitIds, int limit);

    long unreadCount(Long personId, List<Long> unitIds);

    Optional<Reminder> findReminder(long id);

    void flush();

    void flushAndClear();
}
