package org.jiannuo.domain.model.commitment;

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
import org.jiannuo.domain.model.organization.OrgUnit;

/** One submitted version of a commitment, kept unchanged for good. */
@Entity
@Table(name = "commitment_revision")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class CommitmentRevision {

    @Id
    @SequenceGenerator(name = "commitment_revision_seq", sequenceName = "commitment_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_revision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(nullable = false, updatable = false)
    private String category;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(nullable = false, updatable = false)
    private String measures;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    protected CommitmentRevision() {
    }

    CommitmentRevision(Commitment commitment, int revision, String category, String content, String measures,
            LocalDate dueDate, LocalDateTime submittedAt, String submittedBy) {
        this.commitment = commitment;
        this.revision = revision;
        this.category = category;
        this.content = content;
        this.measures = measures;
        this.dueDate = dueDate;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    public int getRevision() {
        return revision;
    }

    public String getCategory() {
        return category;
    }

    public String getContent() {
        return content;
    }

    public String getMeasures() {
        return measures;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
