package org.jiannuo.domain.model.yearend;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.fulfilment.RectificationCourse;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A member's personal rectification (个人整改) after the year-end evaluation (seeds 000, 001: poor performers are
 * criticised and "限期整改"): ordered on a member rated 不合格, or on a qualified one the branch finds lagging, with
 * a reason and a deadline; reported done by the member and accepted or reopened by the branch, as a commitment's
 * rectification is. One who refuses to rectify is fixed as 不合格 and the organizational handling is recorded
 * here; nothing more is reported on it then.
 */
@Entity
@Table(name = "year_end_rectification")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class PersonalRectification extends RectificationCourse {

    @Id
    @SequenceGenerator(name = "year_end_rectification_seq", sequenceName = "year_end_rectification_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "year_end_rectification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_evaluation_id", nullable = false, updatable = false)
    private MemberEvaluation member;

    @Enumerated(EnumType.STRING)
    private OrganizationalHandling handling;

    @Column(name = "handling_reason")
    private String handlingReason;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "handled_at")
    private LocalDateTime handledAt;

    /** The published result before the refusal fixed it as 不合格. */
    @Enumerated(EnumType.STRING)
    @Column(name = "grade_before")
    private AnnualGrade gradeBefore;

    protected PersonalRectification() {
    }

    /** Ordered on a published member who is not excellent: the excellent are model posts, not rectified. */
    public static PersonalRectification order(MemberEvaluation member, String reason, LocalDate deadline, String by,
            LocalDateTime now) {
        if (member.publishedGrade() == AnnualGrade.EXCELLENT) {
            throw new RuleViolation("reward.excellentNotRectified", member.getPerson().getName());
        }
        PersonalRectification rectification = new PersonalRectification();
        rectification.begin(reason, deadline, by, now);
        rectification.member = member;
        return rectification;
    }

    @Override
    public void reportDone(String what, LocalDateTime now) {
        requireNotHandled();
        super.reportDone(what, now);
    }

    @Override
    public void decide(boolean accept, String why, String by, LocalDateTime now) {
        requireNotHandled();
        super.decide(accept, why, by, now);
    }

    /**
     * The member refuses to rectify (拒不整改): while it is open, the secretary or a superior fixes the member as
     * 不合格 and records the organizational handling with its reason.
     */
    public void refuse(OrganizationalHandling measure, String why, String by, LocalDateTime now) {
        requireNotHandled();
        if (getStatus() != RectificationStatus.OPEN) {
            throw new RuleViolation("reward.refusalOnlyWhileOpen");
        }
        if (measure == null) {
            throw new RuleViolation("reward.handlingRequired");
        }
        String cleaned = why == null ? "" : why.strip();
        if (cleaned.isEmpty()) {
            throw new RuleViolation("reward.handlingReasonRequired");
        }
        if (cleaned.length() > LONGEST_REASON) {
            throw new RuleViolation("fulfilment.noteTooLong", LONGEST_REASON);
        }
        gradeBefore = member.publishedGrade();
        member.fixUnqualified();
        handling = measure;
        handlingReason = cleaned;
        handledBy = by;
        handledAt = now;
    }

    /** Open past its deadline and not yet handled as a refusal. */
    @Override
    public boolean isOverdue(LocalDate today) {
        return handling == null && super.isOverdue(today);
    }

    private void requireNotHandled() {
        if (handling != null) {
            throw new RuleViolation("reward.alreadyHandled");
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", getStatus());
        state.put("deadline", getDeadline());
        if (handling != null) {
            state.put("handling", handling);
            state.put("handlingReason", handlingReason);
            state.put("gradeBefore", gradeBefore);
            state.put("grade", member.getProposed());
        }
        return state;
    }

    public Long getId() {
        return id;
    }

    public MemberEvaluation getMember() {
        return member;
    }

    public OrganizationalHandling getHandling() {
        return handling;
    }

    public String getHandlingReason() {
        return handlingReason;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public LocalDateTime getHandledAt() {
        return handledAt;
    }

    public AnnualGrade getGradeBefore() {
        return gradeBefore;
    }
}
