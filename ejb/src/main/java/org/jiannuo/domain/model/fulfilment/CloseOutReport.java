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
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The owner's report that an item is done, with its evidence, and the reviewer's verdict on it:
 * closed out (销号) or sent back with a reason. Each report is kept, sent back or not.
 */
@Entity
@Table(name = "close_out_report")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class CloseOutReport {

    @Id
    @SequenceGenerator(name = "close_out_report_seq", sequenceName = "close_out_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "close_out_report_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(nullable = false, updatable = false)
    private String evidence;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private LocalDateTime reportedAt;

    @Enumerated(EnumType.STRING)
    private CloseOutOutcome outcome;

    private String reason;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Version
    private long version;

    protected CloseOutReport() {
    }

    /** The owner reports the item done; the evidence says what was achieved and where it shows. */
    public static CloseOutReport of(Commitment commitment, String evidence, String by, LocalDateTime now) {
        String stripped = evidence == null ? "" : evidence.strip();
        if (stripped.length() < FulfilmentRecord.SHORTEST_NOTE) {
            throw new RuleViolation("closeOut.evidenceTooShort", FulfilmentRecord.SHORTEST_NOTE);
        }
        if (stripped.length() > FulfilmentRecord.LONGEST_NOTE) {
            throw new RuleViolation("fulfilment.noteTooLong", FulfilmentRecord.LONGEST_NOTE);
        }
        commitment.reportCompletion();
        CloseOutReport report = new CloseOutReport();
        report.commitment = commitment;
        report.evidence = stripped;
        report.reportedBy = by;
        report.reportedAt = now;
        return report;
    }

    /**
     * The reviewer's verdict. Closing needs no reason; sending back does. An open rectification
     * keeps the item from being closed.
     */
    public void verify(CloseOutOutcome verdict, String why, boolean rectificationOpen, String by, LocalDateTime now) {
        if (outcome != null) {
            throw new RuleViolation("closeOut.alreadyVerified");
        }
        if (verdict == null) {
            throw new RuleViolation("closeOut.verdictRequired");
        }
        String stripped = why == null || why.isBlank() ? null : why.strip();
        if (stripped != null && stripped.length() > Rectification.LONGEST_REASON) {
            throw new RuleViolation("fulfilment.noteTooLong", Rectification.LONGEST_REASON);
        }
        if (verdict == CloseOutOutcome.SENT_BACK) {
            if (stripped == null) {
                throw new RuleViolation("closeOut.reasonRequired");
            }
            commitment.sendBackCompletion();
        } else {
            commitment.closeOut(now.toLocalDate(), rectificationOpen);
        }
        outcome = verdict;
        reason = stripped;
        verifiedBy = by;
        verifiedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public CloseOutOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public LocalDateTime getVerifiedAt() {
        return verifiedAt;
    }

    public long getVersion() {
        return version;
    }
}
