package org.jiannuo.application.yearend;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.publicity.BoardStamps;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantRepository;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.BranchEvaluation;
import org.jiannuo.domain.model.yearend.Campaign;
import org.jiannuo.domain.model.yearend.MemberEvaluation;
import org.jiannuo.domain.model.yearend.ModelPost;
import org.jiannuo.domain.model.yearend.OrganizationalHandling;
import org.jiannuo.domain.model.yearend.PersonalRectification;
import org.jiannuo.domain.model.yearend.RewardRepository;
import org.jiannuo.domain.model.yearend.YearEndRepository;

/**
 * The reward (奖诺, seeds 000, 001) after a branch has published its year-end results: excellent members designated
 * party member model posts (党员示范岗, listed per unit and for the department, each with a certificate); poor
 * performers given a personal rectification with a deadline, reported done by the member and reviewed by the
 * branch; one who refuses to rectify fixed as 不合格 with the organizational handling recorded. Each change audited;
 * who may do what is {@link RewardAccess}'s.
 */
@Stateless
@TenantScoped
public class Rewards {

    static final String POST_ENTITY = "ModelPost";
    static final String RECTIFICATION_ENTITY = "PersonalRectification";

    /** The caller's model posts and personal rectifications, the latest first. */
    public record Mine(List<ModelPostView> modelPosts, List<PersonalRectificationView> rectifications) {
    }

    @Inject
    RewardRepository rewards;

    @Inject
    YearEndRepository yearEnd;

    @Inject
    RewardAccess access;

    @Inject
    OrgUnitRepository units;

    @Inject
    TenantRepository tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    BoardStamps boardStamps;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    /** A branch's members with their published results and what each has been given. */
    public BranchRewards ofBranch(long branchId) {
        AccessScope scope = authorization.currentScope();
        BranchEvaluation branch = readableBranch(branchId, scope);
        List<RewardLine> lines = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (MemberEvaluation member : yearEnd.members(branch)) {
            ModelPostView post = rewards.modelPostOf(member).map(Rewards::view).orElse(null);
            PersonalRectificationView rectification = rewards.rectificationOf(member)
                    .map(found -> view(found, scope, today)).orElse(null);
            boolean free = branch.isPublished() && post == null && rectification == null
                    && access.rewards(member, scope);
            lines.add(new RewardLine(member.getPerson().getId(), member.getPerson().getName(),
                    branch.isPublished() ? member.getProposed() : null, post, rectification,
                    free && member.getProposed() == AnnualGrade.EXCELLENT,
                    free && member.getProposed() != AnnualGrade.EXCELLENT));
        }
        return new BranchRewards(branch.getId(), branch.getUnit().getId(), branch.getUnit().getName(),
                branch.getCampaign().getYear(), branch.isPublished(), lines);
    }

    /** Designates an excellent member a model post; the issuing organization is the caller's. */
    public ModelPostView designate(long branchId, long personId, String title) {
        AccessScope scope = authorization.currentScope();
        MemberEvaluation member = member(readableBranch(branchId, scope), personId);
        access.requireRewarder(member, scope);
        if (rewards.modelPostOf(member).isPresent()) {
            throw new RuleViolation("reward.alreadyDesignated", member.getPerson().getName());
        }
        ModelPost post = ModelPost.designate(member, title, issuer(member.getBranch().getUnit(), scope),
                scope.account().toString(), LocalDateTime.now(clock));
        rewards.store(post);
        boardStamps.touch();
        flush("model post of " + personId);
        auditTrail.record(AuditAction.CREATE, POST_ENTITY, post.getId(), AuditSummary.of(
                AuditEvent.MODEL_POST_DESIGNATED, member.getPerson().getName(), post.getTitle(), year(member)),
                null, post.auditState());
        return view(post);
    }

    /** Orders a personal rectification with a deadline on a member who is not excellent. */
    public PersonalRectificationView order(long branchId, long personId, String reason, LocalDate deadline) {
        AccessScope scope = authorization.currentScope();
        MemberEvaluation member = member(readableBranch(branchId, scope), personId);
        access.requireRewarder(member, scope);
        if (rewards.rectificationOf(member).isPresent()) {
            throw new RuleViolation("reward.alreadyRectifying", member.getPerson().getName());
        }
        PersonalRectification rectification = PersonalRectification.order(member, reason, deadline,
                scope.account().toString(), LocalDateTime.now(clock));
        rewards.store(rectification);
        flush("rectification of " + personId);
        auditTrail.record(AuditAction.CREATE, RECTIFICATION_ENTITY, rectification.getId(), AuditSummary.of(
                AuditEvent.PERSONAL_RECTIFICATION_ORDERED, member.getPerson().getName(), deadline.toString(),
                year(member)), null, rectification.auditState());
        return view(rectification, scope, LocalDate.now(clock));
    }

    /** The member reports their rectification done. */
    public PersonalRectificationView report(long id, long expectedVersion, String text) {
        AccessScope scope = authorization.currentScope();
        PersonalRectification rectification = readable(id, expectedVersion, scope);
        access.requireOwn(rectification.getMember(), scope);
        return change(rectification, scope, AuditEvent.PERSONAL_RECTIFICATION_REPORTED,
                found -> found.reportDone(text, LocalDateTime.now(clock)));
    }

    /** The branch accepts the report, or reopens the rectification saying what is still missing. */
    public PersonalRectificationView decide(long id, long expectedVersion, boolean accept, String why) {
        AccessScope scope = authorization.currentScope();
        PersonalRectification rectification = readable(id, expectedVersion, scope);
        access.requireRewarder(rectification.getMember(), scope);
        return change(rectification, scope, AuditEvent.PERSONAL_RECTIFICATION_DECIDED,
                found -> found.decide(accept, why, scope.account().toString(), LocalDateTime.now(clock)));
    }

    /** The member refuses to rectify: fixed as 不合格, with the organizational handling and its reason. */
    public PersonalRectificationView refuse(long id, long expectedVersion, OrganizationalHandling handling,
            String reason) {
        AccessScope scope = authorization.currentScope();
        PersonalRectification rectification = readable(id, expectedVersion, scope);
        MemberEvaluation member = rectification.getMember();
        access.requireHandler(member, scope);
        Map<String, Object> before = rectification.auditState();
        rectification.refuse(handling, reason, scope.account().toString(), LocalDateTime.now(clock));
        flush("rectification " + id);
        boardStamps.touch(); // the result fixed as 不合格 is what the board shows from now on
        auditTrail.record(AuditAction.UPDATE, RECTIFICATION_ENTITY, rectification.getId(), AuditSummary.of(
                AuditEvent.PERSONAL_RECTIFICATION_REFUSED, member.getPerson().getName(), handling, year(member)),
                before, rectification.auditState());
        return view(rectification, scope, LocalDate.now(clock));
    }

    /**
     * The campaign's model posts in a unit's subtree, or in all the caller reads (the department: all) with the
     * caller's own.
     */
    public List<ModelPostView> modelPosts(long campaignId, Long unitId) {
        AccessScope scope = authorization.currentScope();
        Campaign campaign = campaign(campaignId);
        Stream<ModelPost> own = ownUnless(unitId, scope, rewards::modelPostsOf).stream();
        return Stream.concat(paths(unitId, scope).stream().flatMap(path -> rewards.modelPostsUnder(campaign, path)
                        .stream()), own.filter(post -> inCampaign(post.getMember(), campaign)))
                .distinct().filter(post -> access.reads(post.getMember(), scope)).map(Rewards::view).toList();
    }

    /** One model post, for its certificate: the member's own, or one of a branch the caller reads. */
    public ModelPostView modelPost(long id) {
        AccessScope scope = authorization.currentScope();
        return rewards.findModelPost(id).filter(post -> access.reads(post.getMember(), scope)).map(Rewards::view)
                .orElseThrow(() -> new EvaluationNotFoundException("model post", id));
    }

    /** The campaign's personal rectifications in a unit's subtree, or in all the caller reads with their own. */
    public List<PersonalRectificationView> rectifications(long campaignId, Long unitId) {
        AccessScope scope = authorization.currentScope();
        Campaign campaign = campaign(campaignId);
        LocalDate today = LocalDate.now(clock);
        Stream<PersonalRectification> own = ownUnless(unitId, scope, rewards::rectificationsOf).stream();
        return Stream.concat(paths(unitId, scope).stream().flatMap(path -> rewards.rectificationsUnder(campaign, path)
                        .stream()), own.filter(found -> inCampaign(found.getMember(), campaign)))
                .distinct().filter(found -> access.reads(found.getMember(), scope))
                .map(found -> view(found, scope, today)).toList();
    }

    /** Rectifications open past their deadline, of any year, in a unit's subtree or all the caller reads. */
    public List<PersonalRectificationView> overdue(Long unitId) {
        AccessScope scope = authorization.currentScope();
        LocalDate today = LocalDate.now(clock);
        return paths(unitId, scope).stream().flatMap(path -> rewards.overdueUnder(path, today).stream()).distinct()
                .filter(found -> access.reads(found.getMember(), scope)).map(found -> view(found, scope, today))
                .toList();
    }

    public Mine mine() {
        AccessScope scope = authorization.currentScope();
        Long personId = scope.ownPersonId();
        if (personId == null) {
            return new Mine(List.of(), List.of());
        }
        LocalDate today = LocalDate.now(clock);
        return new Mine(rewards.modelPostsOf(personId).stream().map(Rewards::view).toList(),
                rewards.rectificationsOf(personId).stream().map(found -> view(found, scope, today)).toList());
    }

    private PersonalRectificationView change(PersonalRectification rectification, AccessScope scope,
            AuditEvent event, Consumer<PersonalRectification> action) {
        Map<String, Object> before = rectification.auditState();
        action.accept(rectification);
        flush("rectification " + rectification.getId());
        MemberEvaluation member = rectification.getMember();
        auditTrail.record(AuditAction.UPDATE, RECTIFICATION_ENTITY, rectification.getId(),
                AuditSummary.of(event, member.getPerson().getName(), year(member)), before,
                rectification.auditState());
        return view(rectification, scope, LocalDate.now(clock));
    }

    /** The caller's own, when no unit is named: a member's list holds what was given to them. */
    private <T> List<T> ownUnless(Long unitId, AccessScope scope, Function<Long, List<T>> ofPerson) {
        return unitId != null || scope.ownPersonId() == null ? List.of() : ofPerson.apply(scope.ownPersonId());
    }

    /** The unit the caller names (within reach), else every subtree the caller reads; a member's own unit too. */
    private Set<String> paths(Long unitId, AccessScope scope) {
        if (unitId != null) {
            OrgUnit unit = units.find(unitId).filter(scope::canRead).orElseThrow(() -> new UnitNotFoundException(unitId));
            return Set.of(unit.getTreePath());
        }
        return scope.subtreePaths().orElse(Set.of("/"));
    }

    /** The caller's own unit when it is the branch or above it; the department (the tenant) otherwise. */
    private String issuer(OrgUnit branch, AccessScope scope) {
        return Optional.ofNullable(scope.account().scopeUnitId()).flatMap(units::find)
                .filter(unit -> branch.getTreePath().startsWith(unit.getTreePath())).map(OrgUnit::getName)
                .orElseGet(() -> tenants.findByCode(currentTenant.code()).map(Tenant::getName)
                        .orElse(branch.getName()));
    }

    private PersonalRectification readable(long id, long expectedVersion, AccessScope scope) {
        PersonalRectification rectification = rewards.findRectification(id)
                .filter(found -> access.reads(found.getMember(), scope))
                .orElseThrow(() -> new EvaluationNotFoundException("rectification", id));
        if (rectification.getVersion() != expectedVersion) {
            throw new StaleEditException("Personal rectification " + id + " changed meanwhile");
        }
        return rectification;
    }

    private BranchEvaluation readableBranch(long id, AccessScope scope) {
        return yearEnd.findBranch(id).filter(branch -> scope.canRead(branch.getUnit()))
                .orElseThrow(() -> new EvaluationNotFoundException("branch", id));
    }

    private MemberEvaluation member(BranchEvaluation branch, long personId) {
        return yearEnd.members(branch).stream().filter(line -> line.getPerson().getId() == personId).findFirst()
                .orElseThrow(() -> new EvaluationNotFoundException("member", personId));
    }

    private Campaign campaign(long id) {
        return yearEnd.findCampaign(id).orElseThrow(() -> new EvaluationNotFoundException("campaign", id));
    }

    private static boolean inCampaign(MemberEvaluation member, Campaign campaign) {
        return member.getBranch().getCampaign().getId().equals(campaign.getId());
    }

    private static int year(MemberEvaluation member) {
        return member.getBranch().getCampaign().getYear();
    }

    private void flush(String what) {
        try {
            rewards.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("The " + what + " was changed meanwhile");
        }
    }

    static ModelPostView view(ModelPost post) {
        MemberEvaluation member = post.getMember();
        OrgUnit unit = member.getBranch().getUnit();
        return new ModelPostView(post.getId(), member.getPerson().getId(), member.getPerson().getName(),
                unit.getId(), unit.getName(), year(member), post.getTitle(), post.getIssuer(),
                post.getDesignatedAt().toLocalDate());
    }

    private PersonalRectificationView view(PersonalRectification rectification, AccessScope scope, LocalDate today) {
        MemberEvaluation member = rectification.getMember();
        OrgUnit unit = member.getBranch().getUnit();
        return new PersonalRectificationView(rectification.getId(), rectification.getVersion(),
                member.getPerson().getId(), member.getPerson().getName(), unit.getId(), unit.getName(), year(member),
                member.getProposed(), rectification.getReason(), rectification.getDeadline(),
                rectification.getStatus(), rectification.getReport(), rectification.getReopenReason(),
                rectification.isOverdue(today), rectification.getHandling(), rectification.getHandlingReason(),
                rectification.getGradeBefore(), access.isOwn(member, scope) && rectification.getHandling() == null,
                access.rewards(member, scope) && rectification.getHandling() == null,
                access.handles(member, scope) && rectification.getHandling() == null);
    }
}
