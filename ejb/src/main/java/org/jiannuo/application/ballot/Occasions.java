package org.jiannuo.application.ballot;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.appraisal.CurrentAppraisalRules;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.ballot.BallotRepository;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.OccasionOwner;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.ballot.OccasionSubject;
import org.jiannuo.domain.model.ballot.VotingMode;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A unit's own secret ballots and surveys beyond the monthly meeting: the year-end 优秀/合格/不合格
 * ballot among the branch's members, the masses' 满意/基本满意/不满意 form cast with participation
 * codes. Those who keep the unit's rosters set one up, issue codes, open and close it; the engine keeps
 * the ballots secret. Casting writes no audit entry and no log line.
 */
@Stateless
@TenantScoped
public class Occasions {

    static final String ENTITY = "BallotOccasion";
    private static final int LISTED = 50;
    private static final int LONGEST_SUBJECT = 200;

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    BallotRepository ballots;

    @Inject
    BallotEngine engine;

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentAppraisalRules rules;

    @Inject
    AuditTrail auditTrail;

    public List<OccasionView> of(long unitId) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = inScope.unit(unitId, scope);
        return ballots.occasionsOf(unitId, LISTED).stream().map(occasion -> view(occasion, scope)).toList();
    }

    /** Sets an occasion up with its paper; the department's minimum of ballots applies to it. */
    public OccasionView create(NewOccasion request) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = units.find(request.unitId()).orElseThrow(() -> new UnitNotFoundException(request.unitId()));
        requireKeeper(unit, scope);
        if (request.eligibility() == Eligibility.ATTENDEES) {
            throw new RuleViolation("occasion.attendeesAreMeetings");
        }
        Map<String, String> paper = new LinkedHashMap<>();
        List<String> subjects = request.subjects() == null ? List.of() : request.subjects().stream()
                .map(name -> name == null ? "" : name.strip()).filter(name -> !name.isEmpty()).toList();
        for (String name : subjects) {
            if (name.length() > LONGEST_SUBJECT) {
                throw new RuleViolation("occasion.subjectTooLong", LONGEST_SUBJECT);
            }
            if (paper.containsValue(name)) {
                throw new RuleViolation("occasion.subjectTwice", name);
            }
            paper.put("S" + (paper.size() + 1), name);
        }
        Occasion occasion = engine.prepare(OccasionOwner.UNIT, null, unit, request.title(), request.scale(),
                request.eligibility(), request.mode(), rules.get().getMinimumBallots(), scope.account().toString(), paper);
        auditTrail.record(AuditAction.CREATE, ENTITY, occasion.getId(),
                AuditSummary.of(AuditEvent.OCCASION_CREATED, occasion.getTitle()), null,
                Map.of("scale", occasion.getScale(), "eligibility", occasion.getEligibility(),
                        "subjects", paper.size()));
        return view(occasion, scope);
    }

    public OccasionView view(long id) {
        AccessScope scope = authorization.currentScope();
        return view(readable(id, scope), scope);
    }

    public OccasionView open(long id) {
        AccessScope scope = authorization.currentScope();
        Occasion occasion = kept(id, scope);
        occasion.open();
        ballots.flush();
        auditTrail.record(AuditAction.UPDATE, ENTITY, id,
                AuditSummary.of(AuditEvent.OCCASION_OPENED, occasion.getTitle()), null,
                Map.of("state", occasion.getState()));
        return view(occasion, scope);
    }

    /** Issues participation codes; the answer is the only place they ever appear in clear. */
    public IssuedCodes issueCodes(long id, int count) {
        AccessScope scope = authorization.currentScope();
        Occasion occasion = kept(id, scope);
        List<String> codes = engine.issueCodes(occasion, count);
        ballots.flush();
        auditTrail.record(AuditAction.UPDATE, ENTITY, id,
                AuditSummary.of(AuditEvent.PARTICIPATION_CODES_ISSUED, occasion.getTitle()), null,
                Map.of("issued", count, "codesIssued", occasion.getCodesIssued()));
        return new IssuedCodes(id, scope.account().tenantCode(), occasion.getTitle(), occasion.getUnit().getName(),
                codes);
    }

    /** Casts the caller's ballot on an occasion of account holders (option names of its scale). */
    public void cast(long id, Map<String, String> choices) {
        AccessScope scope = authorization.currentScope();
        Occasion occasion = readable(id, scope);
        if (!engine.admits(occasion, scope.ownPersonId())) {
            throw new AccessDeniedException(scope.account() + " does not vote on occasion " + id);
        }
        engine.cast(occasion, scope.ownPersonId(), choices);
    }

    /** Enters a paper ballot's counts: subject → option → ballots. */
    public OccasionView enterPaper(long id, int paperBallots, Map<String, Map<String, Integer>> counts) {
        AccessScope scope = authorization.currentScope();
        Occasion occasion = kept(id, scope);
        engine.enterPaper(occasion, paperBallots, counts);
        ballots.flush();
        auditTrail.record(AuditAction.UPDATE, ENTITY, id,
                AuditSummary.of(AuditEvent.PAPER_BALLOTS_ENTERED, occasion.getTitle()), null,
                Map.of("ballots", paperBallots));
        return view(occasion, scope);
    }

    public OccasionView close(long id) {
        AccessScope scope = authorization.currentScope();
        Occasion occasion = kept(id, scope);
        engine.close(occasion);
        auditTrail.record(AuditAction.UPDATE, ENTITY, id,
                AuditSummary.of(AuditEvent.OCCASION_CLOSED, occasion.getTitle()), null,
                Map.of("ballots", engine.ballotsCast(occasion) + occasion.getPaperBallots()));
        return view(occasion, scope);
    }

    /** A closed occasion's results, for those who may read its unit. */
    public OccasionResults results(long id) {
        AccessScope scope = authorization.currentScope();
        Occasion occasion = readable(id, scope);
        if (!scope.canRead(occasion.getUnit())) {
            throw new AccessDeniedException(scope.account() + " may not read the results of occasion " + id);
        }
        BallotEngine.Results results = engine.results(occasion);
        List<OccasionResults.SubjectCount> subjects = engine.paper(occasion).stream()
                .map(subject -> new OccasionResults.SubjectCount(subject.getKey(), subject.getName(),
                        results.shown() ? results.counts().get(subject.getKey()) : null))
                .toList();
        return new OccasionResults(id, results.voters(), results.electronicBallots(), results.paperBallots(),
                results.minimum(), results.shown(), subjects);
    }

    private OccasionView view(Occasion occasion, AccessScope scope) {
        boolean admitted = engine.admits(occasion, scope.ownPersonId());
        boolean hasVoted = admitted && occasion.getState() != OccasionState.PREPARED
                && engine.hasVoted(occasion, scope.ownPersonId());
        boolean mayVote = admitted && !hasVoted && occasion.getState() == OccasionState.OPEN
                && occasion.getMode() == VotingMode.ELECTRONIC;
        List<PaperLine> paper = paperOf(engine.paper(occasion));
        return new OccasionView(occasion.getId(), occasion.getTitle(), occasion.getUnit().getId(),
                occasion.getUnit().getName(), occasion.getScale(), occasion.getScale().options(),
                occasion.getEligibility(), occasion.getMode(), occasion.getState(), occasion.getMinimumBallots(),
                engine.voters(occasion), engine.ballotsCast(occasion), occasion.getCodesIssued(),
                engine.codesSpent(occasion), paper, keeps(occasion.getUnit(), scope), mayVote, hasVoted);
    }

    /** An occasion of a unit (not a meeting's), if the caller may see the unit or votes on it. */
    private Occasion readable(long id, AccessScope scope) {
        Occasion occasion = ballots.findOccasion(id).filter(o -> o.getOwner() == OccasionOwner.UNIT)
                .orElseThrow(() -> new OccasionNotFoundException(id));
        if (!scope.canRead(occasion.getUnit()) && !engine.admits(occasion, scope.ownPersonId())) {
            throw new OccasionNotFoundException(id);
        }
        return occasion;
    }

    private Occasion kept(long id, AccessScope scope) {
        Occasion occasion = readable(id, scope);
        requireKeeper(occasion.getUnit(), scope);
        return occasion;
    }

    private static boolean keeps(OrgUnit unit, AccessScope scope) {
        return scope.account().hasAnyRole(AccessScope.PEOPLE_EDITORS) && scope.covers(unit);
    }

    private static void requireKeeper(OrgUnit unit, AccessScope scope) {
        if (!keeps(unit, scope)) {
            throw new AccessDeniedException(scope.account() + " may not keep the ballots of unit " + unit.getId());
        }
    }

    static List<PaperLine> paperOf(List<OccasionSubject> subjects) {
        return subjects.stream().map(subject -> new PaperLine(subject.getKey(), subject.getName())).toList();
    }
}
