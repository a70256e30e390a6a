package org.jiannuo.domain.model.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.publicity.Objection;
import org.jiannuo.domain.model.publicity.ObjectionTally;
import org.jiannuo.domain.model.publicity.PublicityPeriod;

/**
 * An objection against a published monthly grade (三公示, seed 004): it holds the grade under objection until
 * the grader answers, who upholds or changes the grade with a reason.
 */
@Entity
@Table(name = "grade_objection")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class GradeObjection extends Objection<StarGrade> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grading_id", nullable = false, updatable = false)
    private Grading grading;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_before", nullable = false, updatable = false)
    private StarGrade gradeBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_after")
    private StarGrade gradeAfter;

    protected GradeObjection() {
    }

    private GradeObjection(Grading grading, PublicityPeriod period, String text, String by, String addressHash,
            LocalDateTime now) {
        super(grading.getMeeting().isPublished(), period, text, by, addressHash, now);
        this.grading = grading;
        this.gradeBefore = grading.getGrade();
        holdTarget();
    }

    /**
     * Lodges an objection against a published grade; refused once the publicity period is over.
     * {@code by} is null when it comes from the public board.
     */
    public static GradeObjection lodge(Grading grading, PublicityPeriod period, String text, String by,
            String addressHash, LocalDateTime now) {
        return new GradeObjection(grading, period, text, by, addressHash, now);
    }

    @Override
    public StarGrade current() {
        return grading.getGrade();
    }

    @Override
    public StarGrade before() {
        return gradeBefore;
    }

    @Override
    public StarGrade after() {
        return gradeAfter;
    }

    @Override
    protected StarGrade parse(String name) {
        return named(StarGrade.class, name);
    }

    @Override
    protected String name(StarGrade value) {
        return value == null ? null : value.name();
    }

    @Override
    protected int longestReason() {
        return Grading.LONGEST_REASON;
    }

    @Override
    protected void settle(StarGrade grade, String reason, String by, LocalDateTime now) {
        gradeAfter = grade;
        grading.objectionSettled(grade, reason, by, now);
    }

    @Override
    protected ObjectionTally tally() {
        return grading.objections();
    }

    @Override
    protected Map<String, Object> subject() {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("subject", grading.getSubjectName());
        subject.put("period", grading.getPeriod().toString());
        return subject;
    }

    public Grading getGrading() {
        return grading;
    }

    public StarGrade getGradeBefore() {
        return gradeBefore;
    }

    public StarGrade getGradeAfter() {
        return gradeAfter;
    }
}
