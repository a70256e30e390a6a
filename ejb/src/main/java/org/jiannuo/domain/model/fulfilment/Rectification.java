package org.jiannuo.domain.model.fulfilment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A rectification (整改) the reviewer orders on a late or weak item, with its own deadline. The
 * owner reports it done, the reviewer accepts it or reopens it; the daily sweep flags it when the
 * deadline passes while it is still open.
 */
@Entity
@Table(name = "rectification")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Rectification {

    static final int LONGEST_REASON = 1000;

    @Id
    @SequenceGenerator(name = "rectification_seq", sequenceName = "rectification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

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

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Version
    private long version;

    protected Rectification() {
    }

    public static Rectification order(Commitment commitment, String reason, LocalDate deadline, String by,
            LocalDateTime now) {
        if (!commitment.isOpenForRectification()) {
            throw new RuleViolation("rectification.notOpen", commitment.getStatus());
        }
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation("rectification.reasonRequired");
        }
        if (stripped.length() > LONGEST_REASON) {
            throw new RuleViolation("fulfilment.noteTooLong", LONGEST_REASON);
        }
        if (deadline == null || !deadline.isAfter(now.toLocalDate())) {
            throw new RuleViolation("rectification.deadlineNotAhead");
        }
        Rectification rectification = new Rectification();
        rectification.commitment = commitment;
        rectification.reason = stripped;
        rectification.deadline = deadline;
        rectification.orderedBy = by;
        rectification.orderedAt = now;
        rectification.status = RectificationStatus.OPEN;
        return rectification;
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

    public Long getId() {
        return id;
    }

    public Commitment getCommitment() {
        return commitment;
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

    public LocalDate getOverdueSince() {
        return overdueSince;
    }

    public long getVersion() {
        return version;
    }
}
