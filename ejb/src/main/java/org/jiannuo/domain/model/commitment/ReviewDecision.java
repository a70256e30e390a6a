package org.jiannuo.domain.model.commitment;

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
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;

/**
 * A reviewer's decision on one revision of a commitment: who, when, what and why. The database
 * holds one decision per revision, so two reviewers deciding at once cannot both succeed.
 */
@Entity
@Table(name = "review_decision")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class ReviewDecision {

    @Id
    @SequenceGenerator(name = "review_decision_seq", sequenceName = "review_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_decision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewOutcome outcome;

    @Column(updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String reviewer;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private LocalDateTime decidedAt;

    protected ReviewDecision() {
    }

    ReviewDecision(Commitment commitment, int revision, ReviewOutcome outcome, String reason, String reviewer,
            LocalDateTime decidedAt) {
        this.commitment = commitment;
        this.revision = revision;
        this.outcome = outcome;
        this.reason = reason;
        this.reviewer = reviewer;
        this.decidedAt = decidedAt;
    }

    public int getRevision() {
        return revision;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getReviewer() {
        return reviewer;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }
}
