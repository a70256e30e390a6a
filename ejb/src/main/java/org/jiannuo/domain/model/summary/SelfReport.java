package org.jiannuo.domain.model.summary;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.BoundedText;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A member's half-year self-report on their commitments (seed 000: 定期自我报告): what is done, what is not and
 * why, and the next steps. Written from the half's first day on, saved as often as wanted, then submitted once;
 * a submitted report is final. One per person and half. The same report on the whole year is the member's
 * self-evaluation at the year-end evaluation (评诺, seeds 000, 001).
 */
@Entity
@Table(name = "self_report")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class SelfReport {

    static final int LONGEST_TEXT = 2000;

    @Id
    @SequenceGenerator(name = "self_report_seq", sequenceName = "self_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "self_report_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** The branch the member belonged to when they wrote it: its bulletin lists the report. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit unit;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    /** HALF_YEAR, or YEAR for the annual self-evaluation (whose index is 1). */
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, updatable = false)
    private PeriodKind periodKind;

    @Column(nullable = false, updatable = false)
    private int half;

    @Column(nullable = false)
    private String done;

    @Column(nullable = false)
    private String undone;

    @Column(name = "next_steps", nullable = false)
    private String nextSteps;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Version
    private long version;

    protected SelfReport() {
    }

    /** A new report of the person's on the half or the year; refused before it has begun. */
    public SelfReport(Person person, Period half, LocalDate today) {
        if (half.kind() == PeriodKind.QUARTER) {
            throw new RuleViolation("selfReport.halfOnly");
        }
        if (!half.hasStarted(today)) {
            throw new RuleViolation("selfReport.halfNotBegun", half.toString());
        }
        this.person = person;
        this.unit = person.getOrgUnit();
        this.year = half.year();
        this.periodKind = half.kind();
        this.half = half.index();
        this.done = "";
        this.undone = "";
        this.nextSteps = "";
    }

    /** Saves the three parts; submitting asks for what is done and the next steps, and makes the report final. */
    public void write(String doneText, String undoneText, String nextStepsText, boolean submit, LocalDateTime now) {
        if (isSubmitted()) {
            throw new RuleViolation("selfReport.submitted");
        }
        String newDone = clean(doneText);
        String newUndone = clean(undoneText);
        String newNext = clean(nextStepsText);
        if (submit && (newDone.isEmpty() || newNext.isEmpty())) {
            throw new RuleViolation("selfReport.partsRequired");
        }
        done = newDone;
        undone = newUndone;
        nextSteps = newNext;
        unit = person.getOrgUnit();
        writtenAt = now;
        if (submit) {
            submittedAt = now;
        }
    }

    private static String clean(String text) {
        return BoundedText.of(text, LONGEST_TEXT, "selfReport.tooLong");
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Period getPeriod() {
        return new Period(year, periodKind, half);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("period", getPeriod().toString());
        state.put("done", done);
        state.put("undone", undone);
        state.put("nextSteps", nextSteps);
        state.put("submitted", isSubmitted());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getDone() {
        return done;
    }

    public String getUndone() {
        return undone;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
