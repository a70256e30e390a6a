package org.jiannuo.domain.model.fulfilment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A rectification (整改) the reviewer orders on a late or weak item, with its own deadline. The
 * owner reports it done, the reviewer accepts it or reopens it ({@link RectificationCourse}); the daily sweep
 * flags it when the deadline passes while it is still open.
 */
@Entity
@Table(name = "rectification")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Rectification extends RectificationCourse {

    @Id
    @SequenceGenerator(name = "rectification_seq", sequenceName = "rectification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    protected Rectification() {
    }

    public static Rectification order(Commitment commitment, String reason, LocalDate deadline, String by,
            LocalDateTime now) {
        if (!commitment.isOpenForRectification()) {
            throw new RuleViolation("rectification.notOpen", commitment.getStatus());
        }
        Rectification rectification = new Rectification();
        rectification.begin(reason, deadline, by, now);
        rectification.commitment = commitment;
        return rectification;
    }

    public Long getId() {
        return id;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public LocalDate getOverdueSince() {
        return overdueSince;
    }
}
