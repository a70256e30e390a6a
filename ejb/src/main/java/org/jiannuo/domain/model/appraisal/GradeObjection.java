package org.jiannuo.domain.model.appraisal;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.publicity.PublicityPeriod;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * An objection (异议) against a published grade, lodged by anyone on the public board or by a member
 * inside the application while the grade's publicity period lasts (三公示, seed 004). It holds the grade
 * under objection until the grader answers: the grade is upheld or changed, always with a reason.
 */
@Entity
@Table(name = "grade_objection")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class GradeObjection {

    public static final int LONGEST_TEXT = 1000;

    @Id
    @SequenceGenerator(name = "grade_objection_seq", sequenceName = "grade_objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_objection_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grading_id", nullable = false, updatable = false)
    private Grading grading;

    @Column(nullable = false, updatable = false)
    private String text;

    /** The account that lodged it inside the application; null for an objection from the public board. */
    @Column(name = "lodged_by", updatable = false)
    private String lodgedBy;

    /** The keyed hash of the sender's address, counted against the hourly limit; the address is not kept. */
    @Column(name = "address_hash", updatable = false)
    private String addressHash;

    @Column(name = "lodged_at", nullable = false, updatable = false)
    private LocalDateTime lodgedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_before", nullable = false, updatable = false)
    private StarGrade gradeBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_after")
    private StarGrade gradeAfter;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private long version;

    protected GradeObjection() {
    }

    /**
     * Lodges an objection against a published grade; refused once the publicity period is over.
     * {@code by} is null when it comes from the public board.
     */
    public static GradeObjection lodge(Grading grading, PublicityPeriod period, String text, String by,
            String addressHash, LocalDateTime now) {
        if (!grading.getMeeting().isPublished()) {
            throw new RuleViolation("objection.notPublished");
        }
        if (!period.includes(now.toLocalDate())) {
            throw new RuleViolation("objection.afterPublicity", period.lastDay());
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation("objection.textRequired");
        }
        if (stripped.length() > LONGEST_TEXT) {
            throw new RuleViolation("objection.textTooLong", LONGEST_TEXT);
        }
        GradeObjection objection = new GradeObjection();
        objection.grading = grading;
        objection.text = stripped;
        objection.lodgedBy = by;
        objection.addressHash = addressHash;
        objection.lodgedAt = now;
        objection.status = ObjectionStatus.OPEN;
        objection.gradeBefore = grading.getGrade();
        grading.objectionLodged();
        return objection;
    }

    /** The grader's answer: the same grade upholds it, another changes it; a reason is always written. */
    public void decide(StarGrade grade, String reason, String by, LocalDateTime now) {
        if (status != ObjectionStatus.OPEN) {
            throw new RuleViolation("objection.alreadyDecided");
        }
        if (grade == null) {
            throw new RuleViolation("objection.gradeRequired");
        }
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation("objection.reasonRequired");
        }
        if (stripped.length() > Grading.LONGEST_REASON) {
            throw new RuleViolation("grading.reasonTooLong", Grading.LONGEST_REASON);
        }
        status = grade == grading.getGrade() ? ObjectionStatus.UPHELD : ObjectionStatus.CHANGED;
        gradeAfter = grade;
        decisionReason = stripped;
        decidedBy = by;
        decidedAt = now;
        grading.objectionSettled(grade, stripped, by, now);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("subject", grading.getSubjectName());
        state.put("period", grading.getPeriod().toString());
        state.put("status", status);
        state.put("gradeBefore", gradeBefore);
        state.put("gradeAfter", gradeAfter);
        state.put("reason", decisionReason);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Grading getGrading() {
        return grading;
    }

    public String getText() {
        return text;
    }

    public String getLodgedBy() {
        return lodgedBy;
    }

    public LocalDateTime getLodgedAt() {
        return lodgedAt;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public StarGrade getGradeBefore() {
        return gradeBefore;
    }

    public StarGrade getGradeAfter() {
        return gradeAfter;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
