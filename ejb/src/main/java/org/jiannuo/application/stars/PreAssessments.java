package org.jiannuo.application.stars;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.stars.AspectStars;
import org.jiannuo.domain.model.stars.PreAssessment;
import org.jiannuo.domain.model.stars.PreAssessmentState;
import org.jiannuo.domain.model.stars.PreRating;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarCap;
import org.jiannuo.domain.model.stars.StarDebriefing;
import org.jiannuo.domain.model.stars.StarRepository;
import org.jiannuo.domain.model.stars.StarRules;
import org.jiannuo.domain.model.stars.StarTarget;
import org.jiannuo.domain.model.summary.Period;

/**
 * The half-year pre-assessment (半年预评, seed 003): the village's branch secretary pre-rates each member within their
 * cap beside their debriefing, reports to the township and submits; the township's committee secretary above the
 * village reviews it, accepting it or sending it back. Whoever reads the village reads it.
 */
@Stateless
@TenantScoped
public class PreAssessments {

    static final String ENTITY = "PreAssessment";

    @Inject
    Authorization authorization;

    @Inject
    StarAccess access;

    @Inject
    StarRepository stars;

    @Inject
    VillageMembers members;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    public PreAssessmentView of(long unitId, String halfText) {
        OrgUnit unit = members.unit(unitId);
        access.requireReader(unit, authorization.currentScope());
        Period half = Period.parse(halfText);
        return view(unit, half, stars.preAssessment(unit, half));
    }

    /** The pre-assessments of the half in the unit's subtree, for a township to review. */
    public List<PreAssessmentView> under(long unitId, String halfText) {
        OrgUnit unit = members.unit(unitId);
        access.requireReader(unit, authorization.currentScope());
        Period half = Period.parse(halfText);
        return stars.preAssessmentsUnder(unit, half).stream().map(a -> view(a.getUnit(), half, Optional.of(a)))
                .toList();
    }

    /** Pre-rates a member of the village, per aspect within their cap, with a note; opens the half's assessment. */
    public PreAssessmentView rate(long unitId, String halfText, long expectedVersion, long personId,
            Map<StarAspect, Integer> given, String note) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireBranchSecretary(unit, scope);
        Period half = Period.parse(halfText);
        Person person = members.find(personId);
        PreAssessment assessment = opened(unit, half, expectedVersion);
        Map<String, Object> before = assessment.getId() == null ? null : assessment.auditState();
        StarRules rules = stars.rules();
        StarCap cap = rules.ratingCap(person, stars.target(person, half.year()).orElse(null));
        PreRating rating = assessment.rate(person, cap, AspectStars.of(given), note);
        if (assessment.getId() == null) {
            stars.store(assessment);
        }
        flush(unitId);
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, assessment.getId(),
                AuditSummary.of(AuditEvent.STAR_PRE_RATED, person.getName(), half, rating.getStars().total()), before,
                assessment.auditState());
        return view(unit, half, Optional.of(assessment));
    }

    /** The secretary's report to the township on the half's star management. */
    public PreAssessmentView report(long unitId, String halfText, long expectedVersion, String text) {
        OrgUnit unit = members.unit(unitId);
        access.requireBranchSecretary(unit, authorization.currentScope());
        Period half = Period.parse(halfText);
        PreAssessment assessment = opened(unit, half, expectedVersion);
        Map<String, Object> before = assessment.getId() == null ? null : assessment.auditState();
        assessment.writeReport(text);
        if (assessment.getId() == null) {
            stars.store(assessment);
        }
        flush(unitId);
        record(before, assessment, AuditEvent.STAR_PRE_ASSESSMENT_REPORTED);
        return view(unit, half, Optional.of(assessment));
    }

    /** Sends the ratings and the report to the township: every member on the village's book must be rated. */
    public PreAssessmentView submit(long unitId, String halfText, long expectedVersion) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireBranchSecretary(unit, scope);
        Period half = Period.parse(halfText);
        PreAssessment assessment = existing(unit, half, expectedVersion);
        Map<String, Object> before = assessment.auditState();
        assessment.submit(stars.villageMembersOf(unit), scope.account().username(), LocalDateTime.now(clock));
        flush(unitId);
        record(before, assessment, AuditEvent.STAR_PRE_ASSESSMENT_SUBMITTED);
        return view(unit, half, Optional.of(assessment));
    }

    /** The township accepts the submitted pre-assessment, or sends it back to the branch with its reason. */
    public PreAssessmentView review(long unitId, String halfText, long expectedVersion, boolean accepted,
            String comment) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireTownshipReviewer(unit, scope);
        Period half = Period.parse(halfText);
        PreAssessment assessment = existing(unit, half, expectedVersion);
        Map<String, Object> before = assessment.auditState();
        assessment.review(accepted, comment, scope.account().username(), LocalDateTime.now(clock));
        flush(unitId);
        record(before, assessment, accepted ? AuditEvent.STAR_PRE_ASSESSMENT_ACCEPTED
                : AuditEvent.STAR_PRE_ASSESSMENT_RETURNED);
        return view(unit, half, Optional.of(assessment));
    }

    private PreAssessment opened(OrgUnit unit, Period half, long expectedVersion) {
        Optional<PreAssessment> existing = stars.preAssessment(unit, half);
        if (existing.map(PreAssessment::getVersion).orElse(0L) != expectedVersion) {
            throw new StaleEditException("The pre-assessment of unit " + unit.getId() + " changed since it was opened");
        }
        return existing.orElseGet(() -> new PreAssessment(unit, half, LocalDate.now(clock)));
    }

    private PreAssessment existing(OrgUnit unit, Period half, long expectedVersion) {
        PreAssessment assessment = stars.preAssessment(unit, half)
                .orElseThrow(() -> new StarBookNotFoundException(ENTITY, unit.getId()));
        if (assessment.getVersion() != expectedVersion) {
            throw new StaleEditException("The pre-assessment of unit " + unit.getId() + " changed since it was opened");
        }
        return assessment;
    }

    private PreAssessmentView view(OrgUnit unit, Period half, Optional<PreAssessment> assessment) {
        AccessScope scope = authorization.currentScope();
        StarRules rules = stars.rules();
        Map<Long, StarTarget> targets = stars.targetsIn(unit, half.year()).stream()
                .collect(Collectors.toMap(t -> t.getPerson().getId(), Function.identity()));
        Map<Long, StarDebriefing> debriefings = stars.debriefingsIn(unit, half).stream()
                .collect(Collectors.toMap(d -> d.getPerson().getId(), Function.identity()));
        List<PreRatingLine> lines = stars.villageMembersOf(unit).stream().map(person -> {
            StarCap cap = rules.ratingCap(person, targets.get(person.getId()));
            Optional<PreRating> rating = assessment.flatMap(a -> a.ratingOf(person));
            StarDebriefing debriefing = debriefings.get(person.getId());
            AspectStars given = rating.map(PreRating::getStars).orElse(AspectStars.none());
            return new PreRatingLine(person.getId(), person.getName(), person.getVillageCategory(), cap.cap(),
                    cap.mostPerAspect(), rating.isPresent(), given.asMap(), given.total(),
                    rating.map(PreRating::getNote).orElse(""),
                    debriefing == null ? "" : debriefing.getAchievements(),
                    debriefing == null ? "" : debriefing.getShortcomings(),
                    debriefing != null && debriefing.isSubmitted());
        }).toList();
        PreAssessmentState state = assessment.map(PreAssessment::getState).orElse(PreAssessmentState.DRAFT);
        return new PreAssessmentView(unit.getId(), unit.getName(), half.toString(), state,
                assessment.map(PreAssessment::getReport).orElse(""),
                assessment.map(PreAssessment::getReviewComment).orElse(""), lines,
                state == PreAssessmentState.DRAFT && access.isBranchSecretaryOf(unit, scope),
                state == PreAssessmentState.SUBMITTED && access.reviewsFor(unit, scope),
                assessment.map(PreAssessment::getVersion).orElse(0L));
    }

    private void record(Map<String, Object> before, PreAssessment assessment, AuditEvent event) {
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, assessment.getId(),
                AuditSummary.of(event, assessment.getUnit().getName(), assessment.getPeriod()), before,
                assessment.auditState());
    }

    private void flush(long unitId) {
        try {
            stars.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("The pre-assessment of unit " + unitId + " was changed meanwhile");
        } catch (PersistenceException e) {
            throw new StaleEditException("The pre-assessment of unit " + unitId + " was opened meanwhile");
        }
    }
}
