package org.jiannuo.domain.model.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.publicity.ObjectionTally;
import org.jiannuo.domain.model.publicity.PublicKey;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * One subject's star-pioneer grade for one period, given after the meeting's ballot: kept per
 * person (or branch) and period, the basis of the year-end appraisal. It records what the ballot
 * suggested, so that a grade against it carries its written reason.
 */
@Entity
@Table(name = "grading")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Grading extends RecordedSubject {

    static final int LONGEST_REASON = 1000;

    @Id
    @SequenceGenerator(name = "grading_seq", sequenceName = "grading_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grading_seq")
    private Long id;

    @Column(name = "period_month", nullable = false, updatable = false)
    private LocalDate periodMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StarGrade grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_grade")
    private StarGrade suggested;

    private String reason;

    @Column(name = "graded_by", nullable = false)
    private String gradedBy;

    @Column(name = "graded_at", nullable = false)
    private LocalDateTime gradedAt;

    /** The opaque identifier on the public board (see PublicKey); never the id. */
    @Column(name = "public_key", updatable = false)
    private String publicKey;

    /** The objections lodged during publicity: the grade is under objection while one is open. */
    @Embedded
    private ObjectionTally objections = new ObjectionTally();

    @Version
    private long version;

    protected Grading() {
    }

    /** The grade of a subject of the meeting's ballot, as its ballot line records it. */
    public Grading(BallotTally subject) {
        super(subject);
        this.periodMonth = subject.getMeeting().period().atDay(1);
        this.publicKey = PublicKey.random().value();
    }

    /**
     * Grades the subject once the ballot is closed and while the group is not confirmed. A grade other
     * than the ballot's suggestion needs a reason (see {@link StarGrade#needsReasonAgainst}).
     */
    public void grade(StarGrade newGrade, StarGrade ballotSuggestion, String why, String by, LocalDateTime now) {
        Meeting meeting = getMeeting();
        meeting.requireClosedBallot();
        if (meeting.isConfirmed(getGroup()) || meeting.isPublished()) {
            throw new RuleViolation("grading.alreadyConfirmed");
        }
        if (newGrade == null) {
            throw new RuleViolation("grading.gradeRequired", getSubjectName());
        }
        String stripped = why == null || why.isBlank() ? null : why.strip();
        if (newGrade.needsReasonAgainst(ballotSuggestion) && stripped == null) {
            throw new RuleViolation("grading.reasonAgainstBallot", getSubjectName());
        }
        if (stripped != null && stripped.length() > LONGEST_REASON) {
            throw new RuleViolation("grading.reasonTooLong", LONGEST_REASON);
        }
        grade = newGrade;
        suggested = ballotSuggestion;
        reason = stripped;
        gradedBy = by;
        gradedAt = now;
    }

    /**
     * The grader answered an objection: the published grade may change (with the reason) although the
     * group's grades are confirmed and published, because publicity exists for this.
     */
    void objectionSettled(StarGrade newGrade, String why, String by, LocalDateTime now) {
        if (newGrade != grade) {
            grade = newGrade;
            reason = why;
            gradedBy = by;
            gradedAt = now;
        }
    }

    public ObjectionTally objections() {
        return objections;
    }

    public int getOpenObjections() {
        return objections.open();
    }

    public boolean isReviewed() {
        return objections.isReviewed();
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("subject", getSubjectName());
        state.put("grade", grade);
        state.put("suggested", suggested);
        state.put("reason", reason);
        return state;
    }

    public Long getId() {
        return id;
    }

    public YearMonth getPeriod() {
        return YearMonth.from(periodMonth);
    }

    public StarGrade getGrade() {
        return grade;
    }

    public StarGrade getSuggested() {
        return suggested;
    }

    public String getReason() {
        return reason;
    }

    public PublicKey publicKey() {
        return new PublicKey(publicKey);
    }

    public long getVersion() {
        return version;
    }
}
