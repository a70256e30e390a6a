package org.jiannuo.application.yearend;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.publicity.BoardStamps;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.BranchEvaluation;
import org.jiannuo.domain.model.yearend.Campaign;
import org.jiannuo.domain.model.yearend.MassParticipantKind;
import org.jiannuo.domain.model.yearend.MemberEvaluation;
import org.jiannuo.domain.model.yearend.YearEndRepository;
import org.jiannuo.domain.model.yearend.YearEndRules;

/**
 * A branch's year-end evaluation (seeds 000, 001). Starting it prepares its three occasions on the ballot
 * engine with the branch's party members as subjects: the mutual evaluation and the final ballot cast by the
 * branch's members, the masses' satisfaction forms cast with participation codes; they are opened, issued
 * codes for, voted on and closed as any occasion ({@code application.ballot.Occasions}). Here: the masses'
 * panel, the leaders' comments, the proposal, the superior's confirmation and the publication, each audited.
 */
@Stateless
@TenantScoped
public class BranchEvaluations {

    static final String ENTITY = "YearEndBranch";

    @Inject
    YearEndRepository yearEnd;

    @Inject
    YearEndAccess access;

    @Inject
    BranchEvaluationViews views;

    @Inject
    BranchEvaluationStart starts;

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail auditTrail;

    @Inject
    BoardStamps stamps;

    private final Clock clock = Clock.systemDefaultZone();

    /** The campaign's branches the caller reads; a member sees their own branch once published. */
    public List<BranchSummary> ofCampaign(long campaignId) {
        AccessScope scope = authorization.currentScope();
        return readable(campaign(campaignId), scope).stream()
                .map(branch -> new BranchSummary(branch.getId(), branch.getUnit().getId(), branch.getUnit().getName(),
                        branch.getState()))
                .toList();
    }

    /**
     * The suggested results of every branch of the campaign the caller reads, as each branch's view shows them
     * before its proposal, read together (a county's thousand branches at once): by branch id, then person id;
     * a branch whose final ballot is not closed has none.
     */
    public Map<Long, Map<Long, AnnualGrade>> suggestions(long campaignId) {
        return views.suggestions(readable(campaign(campaignId), authorization.currentScope()), rules());
    }

    private List<BranchEvaluation> readable(Campaign campaign, AccessScope scope) {
        List<BranchEvaluation> found = new ArrayList<>();
        scope.subtreePaths().ifPresentOrElse(
                paths -> paths.forEach(path -> found.addAll(yearEnd.branchesUnder(campaign, path))),
                () -> found.addAll(yearEnd.branchesUnder(campaign, "/")));
        ownBranch(campaign, scope).ifPresent(found::add);
        return found.stream().distinct().filter(branch -> readable(branch, scope)).toList();
    }

    /**
     * The caller's own branch's evaluation in the campaign, if started: its mutual evaluation and final ballot
     * (occasion ids), which the member votes on as on any occasion of their unit.
     */
    public List<Long> ownBallots(long campaignId) {
        AccessScope scope = authorization.currentScope();
        Campaign campaign = campaign(campaignId);
        return ownBranch(campaign, scope)
                .map(branch -> List.of(branch.getMutualOccasionId(), branch.getBallotOccasionId()))
                .orElse(List.of());
    }

    private Optional<BranchEvaluation> ownBranch(Campaign campaign, AccessScope scope) {
        Long personId = scope.ownPersonId();
        return personId == null ? Optional.empty()
                : people.find(personId).map(Person::getOrgUnit).flatMap(unit -> yearEnd.branchOf(campaign, unit));
    }

    /** Starts the branch's evaluation in the campaign: its members' lines and its three occasions. */
    public BranchEvaluationView start(long campaignId, long unitId) {
        AccessScope scope = authorization.currentScope();
        Campaign campaign = campaign(campaignId);
        OrgUnit unit = units.find(unitId).filter(scope::canRead).orElseThrow(() -> new UnitNotFoundException(unitId));
        access.requireRunner(unit, scope);
        BranchEvaluation.requireBranch(unit);
        LocalDateTime now = LocalDateTime.now(clock);
        campaign.requireRunning(now.toLocalDate());
        if (yearEnd.branchOf(campaign, unit).isPresent()) {
            throw new RuleViolation("yearEnd.branchStarted");
        }
        BranchEvaluation branch = starts.start(campaign, unit, scope.account().toString());
        yearEnd.flush();
        auditTrail.record(AuditAction.CREATE, ENTITY, branch.getId(),
                AuditSummary.of(AuditEvent.YEAR_END_BRANCH_STARTED, unit.getName(), campaign.getYear()), null,
                branch.auditState());
        return view(branch, scope);
    }

    public BranchEvaluationView view(long id) {
        AccessScope scope = authorization.currentScope();
        return view(readable(id, scope), scope);
    }

    /** Records who of the masses take part, by kind. */
    public BranchEvaluationView recordPanel(long id, Map<MassParticipantKind, Integer> panel) {
        AccessScope scope = authorization.currentScope();
        BranchEvaluation branch = run(id, scope);
        var before = branch.auditState();
        branch.recordPanel(panel);
        flush(branch);
        record(branch, AuditEvent.YEAR_END_PANEL_RECORDED, before);
        return view(branch, scope);
    }

    /** The leader's comment on a member: the branch secretary's, or the superior secretary's on the branch secretary. */
    public BranchEvaluationView comment(long id, long personId, String text) {
        AccessScope scope = authorization.currentScope();
        BranchEvaluation branch = readable(id, scope);
        MemberEvaluation member = yearEnd.members(branch).stream()
                .filter(line -> line.getPerson().getId() == personId).findFirst()
                .orElseThrow(() -> new EvaluationNotFoundException("member", personId));
        access.requireCommenter(member, scope);
        String before = member.getComment();
        member.comment(text, scope.account().toString(), LocalDateTime.now(clock));
        flush(branch);
        auditTrail.record(AuditAction.UPDATE, ENTITY, branch.getId(),
                AuditSummary.of(AuditEvent.YEAR_END_COMMENTED, member.getPerson().getName(), branch.getUnit().getName()),
                before == null ? null : Map.of("comment", before), Map.of("comment", member.getComment()));
        return view(branch, scope);
    }

    /** The branch proposes every member's result once its final ballot is closed. */
    public BranchEvaluationView propose(long id, List<ProposalLine> lines) {
        AccessScope scope = authorization.currentScope();
        BranchEvaluation branch = run(id, scope);
        YearEndRules rules = rules();
        List<MemberEvaluation> members = yearEnd.members(branch);
        BranchEvaluationViews.Inputs inputs = views.inputs(branch, members.size(), rules.massQuorum());
        if (inputs.ballot().getState() != OccasionState.CLOSED) {
            throw new RuleViolation("yearEnd.ballotNotClosed");
        }
        Map<Long, AnnualGrade> grades = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (ProposalLine line : lines == null ? List.<ProposalLine>of() : lines) {
            grades.put(line.personId(), line.grade());
            reasons.put(line.personId(), line.reason());
        }
        var before = branch.auditState();
        branch.propose(members, grades, reasons, views.suggestions(members, inputs, rules.excellentQuota()),
                rules.excellentQuota(), scope.account().toString(), LocalDateTime.now(clock));
        flush(branch);
        Map<String, Object> after = new LinkedHashMap<>(branch.auditState());
        members.forEach(member -> after.put(member.getPerson().getName() + "#" + member.getPerson().getId(),
                member.getProposed()));
        auditTrail.record(AuditAction.UPDATE, ENTITY, branch.getId(), AuditSummary.of(AuditEvent.YEAR_END_PROPOSED,
                branch.getUnit().getName(), branch.getCampaign().getYear()), before, after);
        return view(branch, scope);
    }

    public BranchEvaluationView confirm(long id) {
        AccessScope scope = authorization.currentScope();
        BranchEvaluation branch = superior(id, scope);
        var before = branch.auditState();
        branch.confirm(scope.account().toString(), LocalDateTime.now(clock));
        flush(branch);
        record(branch, AuditEvent.YEAR_END_CONFIRMED, before);
        return view(branch, scope);
    }

    public BranchEvaluationView sendBack(long id, String reason) {
        AccessScope scope = authorization.currentScope();
        BranchEvaluation branch = superior(id, scope);
        var before = branch.auditState();
        branch.sendBack(reason);
        flush(branch);
        record(branch, AuditEvent.YEAR_END_SENT_BACK, before);
        return view(branch, scope);
    }

    /** Publishes the confirmed results on the public board; the publicity period runs from today. */
    public BranchEvaluationView publish(long id) {
        AccessScope scope = authorization.currentScope();
        BranchEvaluation branch = run(id, scope);
        var before = branch.auditState();
        branch.publish(LocalDateTime.now(clock));
        flush(branch);
        record(branch, AuditEvent.YEAR_END_PUBLISHED, before);
        stamps.touch();
        return view(branch, scope);
    }

    private BranchEvaluationView view(BranchEvaluation branch, AccessScope scope) {
        return views.view(branch, yearEnd.members(branch), rules(), scope);
    }

    private void record(BranchEvaluation branch, AuditEvent event, Map<String, Object> before) {
        auditTrail.record(AuditAction.UPDATE, ENTITY, branch.getId(),
                AuditSummary.of(event, branch.getUnit().getName(), branch.getCampaign().getYear()), before,
                branch.auditState());
    }

    private void flush(BranchEvaluation branch) {
        try {
            yearEnd.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("The year-end evaluation " + branch.getId() + " was changed meanwhile");
        }
    }

    /** Whoever reads the branch; its own members once it is published. Anyone else is told it does not exist. */
    private BranchEvaluation readable(long id, AccessScope scope) {
        BranchEvaluation branch = yearEnd.findBranch(id).orElseThrow(() -> new EvaluationNotFoundException("branch", id));
        if (!readable(branch, scope)) {
            throw new EvaluationNotFoundException("branch", id);
        }
        return branch;
    }

    private boolean readable(BranchEvaluation branch, AccessScope scope) {
        return scope.canRead(branch.getUnit()) || (branch.isPublished() && scope.ownPersonId() != null
                && yearEnd.members(branch).stream().anyMatch(m -> m.getPerson().getId().equals(scope.ownPersonId())));
    }

    private Campaign campaign(long id) {
        return yearEnd.findCampaign(id).orElseThrow(() -> new EvaluationNotFoundException("campaign", id));
    }

    private YearEndRules rules() {
        return yearEnd.rules().orElseGet(YearEndRules::defaults);
    }

    private BranchEvaluation run(long id, AccessScope scope) {
        BranchEvaluation branch = readable(id, scope);
        access.requireRunner(branch.getUnit(), scope);
        return branch;
    }

    private BranchEvaluation superior(long id, AccessScope scope) {
        BranchEvaluation branch = readable(id, scope);
        access.requireConfirmer(branch.getUnit(), scope);
        return branch;
    }
}
