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
import java.time.YearMonth;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/** The reviewer's quarterly check of one item: on schedule, behind or at risk, with a note. One per quarter. */
@Entity
@Table(name = "quarterly_check")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class QuarterlyCheck {

    static final int LONGEST_NOTE = 1000;

    @Id
    @SequenceGenerator(name = "quarterly_check_seq", sequenceName = "quarterly_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quarterly_check_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(name = "check_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "check_quarter", nullable = false, updatable = false)
    private int quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuarterAssessment assessment;

    private String note;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private LocalDateTime checkedAt;

    @Version
    private long version;

    protected QuarterlyCheck() {
    }

    /**
     * Checks an item in a quarter that has begun, from its commitment year on. Closed items and
     * items not yet approved are not checked.
     */
    public static QuarterlyCheck of(Commitment commitment, int year, int quarter, QuarterAssessment assessment,
            String note, String by, LocalDateTime now) {
        if (!commitment.isOpenForRectification()) {
            throw new RuleViolation("quarterlyCheck.notInFulfilment", commitment.getStatus());
        }
        if (quarter < 1 || quarter > 4) {
            throw new RuleViolation("quarterlyCheck.quarterRange");
        }
        if (year < commitment.getYear() || firstMonth(year, quarter).isAfter(YearMonth.from(now))) {
            throw new RuleViolation("quarterlyCheck.quarterNotBegun", year, quarter);
        }
        QuarterlyCheck check = new QuarterlyCheck();
        check.commitment = commitment;
        check.year = year;
        check.quarter = quarter;
        check.revise(assessment, note, by, now);
        return check;
    }

    /** The reviewer changes their mind within the quarter; the audit trail keeps the earlier verdict. */
    public void revise(QuarterAssessment revisedAssessment, String revisedNote, String by, LocalDateTime now) {
        if (revisedAssessment == null) {
            throw new RuleViolation("quarterlyCheck.assessmentRequired");
        }
        String stripped = revisedNote == null || revisedNote.isBlank() ? null : revisedNote.strip();
        if (revisedAssessment.needsNote() && stripped == null) {
            throw new RuleViolation("quarterlyCheck.noteRequired");
        }
        if (stripped != null && stripped.length() > LONGEST_NOTE) {
            throw new RuleViolation("fulfilment.noteTooLong", LONGEST_NOTE);
        }
        assessment = revisedAssessment;
        note = stripped;
        checkedBy = by;
        checkedAt = now;
    }

    /** The quarter a day falls in, 1 to 4. */
    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    private static YearMonth firstMonth(int year, int quarter) {
        return YearMonth.of(year, (quarter - 1) * 3 + 1);
    }

    public Long getId() {
        return id;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public QuarterAssessment getAssessment() {
        return assessment;
    }

    public String getNote() {
        return note;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public LocalDateTime getCheckedAt() {
        return checkedAt;
    }

    public long getVersion() {
        return version;
    }
}
