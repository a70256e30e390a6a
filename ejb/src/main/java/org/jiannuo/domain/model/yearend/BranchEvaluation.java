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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.quota.Quota;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A branch's year-end evaluation in a campaign. Its three secret ballots are occasions of the ballot engine:
 * the members' mutual evaluation (好/较好/一般/差/不了解), the masses' satisfaction forms cast with participation
 * codes (满意/基本满意/不满意) and the final ballot (优秀/合格/不合格). The branch records who of the masses
 * take part (by kind, never by name: the forms are anonymous); then it proposes every member's result, the
 * superior confirms it or sends it back with a reason, and the branch publishes it.
 */
@Entity
@Table(name = "year_end_branch")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class BranchEvaluation {

    /** The most participants one branch's mass evaluation takes: the most codes one issue prints. */
    public static final int LARGEST_PANEL = 500;
    static final int LONGEST_REASON = 500;

    @Id
    @SequenceGenerator(name = "year_end_branch_seq", sequenceName = "year_end_branch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "year_end_branch_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BranchState state;

    @Column(name = "mutual_occasion_id", nullable = false, updatable = false)
    private long mutualOccasionId;

    @Column(name = "mass_occasion_id", nullable = false, updatable = false)
    private long massOccasionId;

    @Column(name = "ballot_occasion_id", nullable = false, updatable = false)
    private long ballotOccasionId;

    @Column(name = "panel_representatives", nullable = false)
    private int representatives;

    @Column(name = "panel_service_recipients", nullable = false)
    private int serviceRecipients;

    @Column(name = "panel_partner_units", nullable = false)
    private int partnerUnits;

    @Column(name = "panel_deputies", nullable = false)
    private int deputies;

    @Column(name = "panel_investors_or_heads", nullable = false)
    private int investorsOrHeads;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private LocalDateTime proposedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "returned_reason")
    private String returnedReason;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Version
    private long version;

    protected BranchEvaluation() {
    }

    /** A branch's evaluation with its three occasions, prepared by the ballot engine. */
    public BranchEvaluation(Campaign campaign, OrgUnit unit, long mutualOccasionId, long massOccasionId,
            long ballotOccasionId) {
        requireBranch(unit);
        this.campaign = campaign;
        this.unit = unit;
        this.mutualOccasionId = mutualOccasionId;
        this.massOccasionId = massOccasionId;
        this.ballotOccasionId = ballotOccasionId;
        this.state = BranchState.EVALUATING;
    }

    /** Members are evaluated in their branch (the superior comments on its secretary there). */
    public static void requireBranch(OrgUnit unit) {
        if (unit.getType() != OrgUnitType.BRANCH || unit.isDissolved()) {
            throw new RuleViolation("yearEnd.branchOnly");
        }
    }

    /** Records who of the masses take part, by kind; the whole panel is what the codes are issued for. */
    public void recordPanel(Map<MassParticipantKind, Integer> panel) {
        requireEvaluating();
        Map<MassParticipantKind, Integer> counts = new EnumMap<>(MassParticipantKind.class);
        for (MassParticipantKind kind : MassParticipantKind.values()) {
            int count = panel == null ? 0 : panel.getOrDefault(kind, 0);
            if (count < 0) {
                throw new RuleViolation("yearEnd.panelNegative");
            }
            counts.put(kind, count);
        }
        int size = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (size > LARGEST_PANEL) {
            throw new RuleViolation("yearEnd.panelTooLarge", LARGEST_PANEL);
        }
        representatives = counts.get(MassParticipantKind.REPRESENTATIVE);
        serviceRecipients = counts.get(MassParticipantKind.SERVICE_RECIPIENT);
        partnerUnits = counts.get(MassParticipantKind.PARTNER_UNIT);
        deputies = counts.get(MassParticipantKind.DEPUTY);
        investorsOrHeads = counts.get(MassParticipantKind.INVESTOR_OR_HEAD);
    }

    public Map<MassParticipantKind, Integer> panel() {
        Map<MassParticipantKind, Integer> panel = new EnumMap<>(MassParticipantKind.class);
        panel.put(MassParticipantKind.REPRESENTATIVE, representatives);
        panel.put(MassParticipantKind.SERVICE_RECIPIENT, serviceRecipients);
        panel.put(MassParticipantKind.PARTNER_UNIT, partnerUnits);
        panel.put(MassParticipantKind.DEPUTY, deputies);
        panel.put(MassParticipantKind.INVESTOR_OR_HEAD, investorsOrHeads);
        return panel;
    }

    public int panelSize() {
        return panel().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The branch proposes every member's result: each one chosen, a reason wherever it differs from the
     * suggestion, and no more excellent than the quota allows the branch.
     */
    public void propose(List<MemberEvaluation> members, Map<Long, AnnualGrade> grades, Map<Long, String> reasons,
            Map<Long, AnnualGrade> suggested, Quota excellent, String by, LocalDateTime at) {
        requireEvaluating();
        long excellentCount = members.stream()
                .filter(member -> grades.get(member.getPerson().getId()) == AnnualGrade.EXCELLENT).count();
        excellent.require(excellentCount, members.size(), "yearEnd.excellentOverQuota");
        for (MemberEvaluation member : members) {
            Long personId = member.getPerson().getId();
            member.propose(grades.get(personId), suggested.get(personId), reasons.get(personId));
        }
        state = BranchState.PROPOSED;
        proposedBy = by;
        proposedAt = at;
        returnedReason = null;
    }

    public void confirm(String by, LocalDateTime at) {
        if (state != BranchState.PROPOSED) {
            throw new RuleViolation("yearEnd.notProposed");
        }
        state = BranchState.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }

    /** The superior sends the proposal back with a reason; the branch revises and proposes again. */
    public void sendBack(String reason) {
        if (state != BranchState.PROPOSED) {
            throw new RuleViolation("yearEnd.notProposed");
        }
        String cleaned = reason == null ? "" : reason.strip();
        if (cleaned.isEmpty()) {
            throw new RuleViolation("yearEnd.reasonRequired");
        }
        if (cleaned.length() > LONGEST_REASON) {
            throw new RuleViolation("yearEnd.reasonTooLong", LONGEST_REASON);
        }
        state = BranchState.EVALUATING;
        returnedReason = cleaned;
    }

    public void publish(LocalDateTime at) {
        if (state != BranchState.CONFIRMED) {
            throw new RuleViolation("yearEnd.notConfirmed");
        }
        state = BranchState.PUBLISHED;
        publishedAt = at;
    }

    public void requireEvaluating() {
        if (state != BranchState.EVALUATING) {
            throw new RuleViolation("yearEnd.notEvaluating");
        }
    }

    public boolean isPublished() {
        return state == BranchState.PUBLISHED;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("state", state);
        audit.put("panel", panelSize());
        if (returnedReason != null) {
            audit.put("returnedReason", returnedReason);
        }
        return audit;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public BranchState getState() {
        return state;
    }

    public long getMutualOccasionId() {
        return mutualOccasionId;
    }

    public long getMassOccasionId() {
        return massOccasionId;
    }

    public long getBallotOccasionId() {
        return ballotOccasionId;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public LocalDateTime getProposedAt() {
        return proposedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
