package org.jiannuo.domain.model.yearend;

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
 * An objection against a member's published year-end result (评诺, seeds 000 and 001: the result is published and
 * goes through the same publicity as the monthly grades): it holds the result under objection until the superior
 * that confirmed the branch's proposal answers, upholding or changing the result with a reason.
 */
@Entity
@Table(name = "year_end_objection")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class ResultObjection extends Objection<AnnualGrade> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_end_member_id", nullable = false, updatable = false)
    private MemberEvaluation member;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_before", nullable = false, updatable = false)
    private AnnualGrade resultBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_after")
    private AnnualGrade resultAfter;

    protected ResultObjection() {
    }

    private ResultObjection(MemberEvaluation member, PublicityPeriod period, String text, String by,
            String addressHash, LocalDateTime now) {
        super(member.getBranch().isPublished(), period, text, by, addressHash, now);
        this.member = member;
        this.resultBefore = member.result();
        holdTarget();
    }

    /**
     * Lodges an objection against a published result; refused once the publicity period is over.
     * {@code by} is null when it comes from the public board.
     */
    public static ResultObjection lodge(MemberEvaluation member, PublicityPeriod period, String text, String by,
            String addressHash, LocalDateTime now) {
        return new ResultObjection(member, period, text, by, addressHash, now);
    }

    @Override
    public AnnualGrade current() {
        return member.result();
    }

    @Override
    public AnnualGrade before() {
        return resultBefore;
    }

    @Override
    public AnnualGrade after() {
        return resultAfter;
    }

    @Override
    protected AnnualGrade parse(String name) {
        return named(AnnualGrade.class, name);
    }

    @Override
    protected String name(AnnualGrade value) {
        return value == null ? null : value.name();
    }

    /** A changed result keeps the answer's reason in place of the proposal's. */
    @Override
    protected int longestReason() {
        return BranchEvaluation.LONGEST_REASON;
    }

    @Override
    protected void settle(AnnualGrade result, String reason, String by, LocalDateTime now) {
        resultAfter = result;
        member.objectionSettled(result, reason);
    }

    @Override
    protected ObjectionTally tally() {
        return member.objections();
    }

    @Override
    protected Map<String, Object> subject() {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("subject", member.getPerson().getName());
        subject.put("year", member.getBranch().getCampaign().getYear());
        return subject;
    }

    public MemberEvaluation getMember() {
        return member;
    }
}
