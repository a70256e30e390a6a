package org.jiannuo.domain.model.fulfilment;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The course of a rectification (整改), whatever it puts right: ordered with a reason and a deadline ahead, reported
 * done by the one who owes it, accepted or reopened by whoever ordered it. A late or weak commitment's
 * {@link Rectification} runs it, and so does a member's personal rectification after the year-end evaluation
 * (seeds 000, 001: "限期整改"); each keeps its own table and adds what it rectifies.
 */
@MappedSuperclass
public abstract class RectificationCourse {

    public static final int LONGEST_REASON = 1000;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "ordered_by", nullable = false, updatable = false)
    private String orderedBy;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private LocalDateTime orderedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RectificationStatus status;

    private String report;

    @Column(name = "reported_at")
    private LocalDateTime reportedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "reopen_reason")
    private String reopenReason;

    @Version
    private long version;

    protected RectificationCourse() {
    }

    /** Orders it: a reason, and a deadline after today. */
    protected final void begin(String why, LocalDate until, String by, LocalDateTime now) {
        String stripped = why == null ? "" : why.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation("rectification.reasonRequired");
        }
        if (stripped.length() > LONGEST_REASON) {
            throw new RuleViolation("fulfilment.noteTooLong", LONGEST_REASON);
        }
        if (until == null || !until.isAfter(now.toLocalDate())) {
            throw new RuleViolation("rectification.deadlineNotAhead");
        }
        reason = stripped;
        deadline = until;
        orderedBy = by;
        orderedAt = now;
        status = RectificationStatus.OPEN;
    }

    /** The owner says what was put right. */
    public void reportDone(String what, LocalDateTime now) {
        if (status != RectificationStatus.OPEN) {
            throw new RuleViolation("rectification.notOpenForReport", status);
        }
        String stripped = what == null ? "" : what.strip();
        if (stripped.length() < FulfilmentRecord.SHORTEST_NOTE) {
            throw new RuleViolation("fulfilment.noteTooShort", FulfilmentRecord.SHORTEST_NOTE);
        }
        if (stripped.length() > FulfilmentRecord.LONGEST_NOTE) {
            throw new RuleViolation("fulfilment.noteTooLong", FulfilmentRecord.LONGEST_NOTE);
        }
        report = stripped;
        reportedAt = now;
        status = RectificationStatus.REPORTED;
    }

    /** The reviewer accepts the report, or reopens the rectification saying what is still missing. */
    public void decide(boolean accept, String why, String by, LocalDateTime now) {
        if (status != RectificationStatus.REPORTED) {
            throw new RuleViolation("rectification.notReported", status);
        }
        if (accept) {
            status = RectificationStatus.ACCEPTED;
        } else {
            if (why == null || why.isBlank()) {
                throw new RuleViolation("rectification.reasonRequired");
            }
            if (why.strip().length() > LONGEST_REASON) {
                throw new RuleViolation("fulfilment.noteTooLong", LONGEST_REASON);
            }
            reopenReason = why.strip();
            status = RectificationStatus.OPEN;
        }
        decidedBy = by;
        decidedAt = now;
    }

    /** Still open after its deadline: nothing reported by the last day. */
    public boolean isOverdue(LocalDate today) {
        return status == RectificationStatus.OPEN && deadline.isBefore(today);
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getOrderedBy() {
        return orderedBy;
    }

    public LocalDateTime getOrderedAt() {
        return orderedAt;
    }

    public RectificationStatus getStatus() {
        return status;
    }

    public String getReport() {
        return report;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public long getVersion() {
        return version;
    }
}
