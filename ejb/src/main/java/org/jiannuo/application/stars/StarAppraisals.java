package org.jiannuo.application.stars;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.ChineseFirstBundle;
import org.jiannuo.application.appraisal.CurrentAppraisalRules;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.ballot.BallotEngine;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.publicity.BoardStamps;
import org.jiannuo.application.publicity.CurrentPublicityRules;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.stars.MyStarAppraisal.PublishedStars;
import org.jiannuo.application.stars.StarAppraisalView.QuotaLine;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.ballot.BallotRepository;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.OccasionOwner;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.ballot.VotingMode;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.stars.AspectStars;
import org.jiannuo.domain.model.stars.StarAppraisal;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarCap;
import org.jiannuo.domain.model.stars.StarQuota;
import org.jiannuo.domain.model.stars.StarRating;
import org.jiannuo.domain.model.stars.StarRepository;
import org.jiannuo.domain.model.stars.StarRules;
import org.jiannuo.domain.model.stars.StarTarget;

/**
 * The year-end "three appraisals, two publications" of a village branch (三评两公开, seed 003). The village's branch
 * secretary starts it: every village member on the roster is put on it under their rating cap, and the peer and mass
 * appraisals are prepared as occasions of the ballot engine with the members as subjects (the members' 好/较好/一般/差
 * ballot, the masses' 满意/基本满意/不满意 forms cast with participation codes, issued on the occasion's screen). The
 * members assess themselves; moving on opens the peer ballot, then closes it and opens the masses' (its codes issued),
 * then closes that; the branch committee rates each member beside all three, within their cap and the quotas, and
 * submits; the township's committee secretary confirms, which publishes the result, on the public board too (its
 * publicity running from that day), or returns it with a reason. Each step is audited; no ballot is.
 */
@Stateless
@TenantScoped
public class StarAppraisals {

    static final String ENTITY = "StarAppraisal";
    private static final String TITLES = "org.jiannuo.application.stars.titles";

    @Inject
    Authorization authorization;

    @Inject
    StarAccess access;

    @Inject
    StarRepository stars;

    @Inject
    VillageMembers members;

    @Inject
    BallotEngine engine;

    @Inject
    BallotRepository ballots;

    @Inject
    Occasions occasions;

    @Inject
    CurrentAppraisalRules appraisalRules;

    @Inject
    CurrentPublicityRules publicityRules;

    @Inject
    AuditTrail auditTrail;

    @Inject
    BoardStamps stamps;

    private final Clock clock = Clock.systemDefaultZone();

    /** The member's key on the papers of the peer and mass occasions. */
    static String subjectKey(long personId) {
        return "P" + personId;
    }

    public StarAppraisalView of(long unitId, int year) {
        OrgUnit unit = members.unit(unitId);
        access.requireReader(unit, authorization.currentScope());
        return view(unit, year, stars.starAppraisal(unit, year));
    }

    /** The year's appraisals in the unit's subtree, for a township to review. */
    public List<StarAppraisalView> under(long unitId, int year) {
        OrgUnit unit = members.unit(unitId);
        access.requireReader(unit, authorization.currentScope());
        return stars.starAppraisalsUnder(unit, year).stream()
                .map(appraisal -> view(appraisal.getUnit(), year, Optional.of(appraisal))).toList();
    }

    /** The published stars of the year in the unit's subtree (a township's villages), village by village. */
    public List<PublishedStars> publishedUnder(long unitId, int year) {
        OrgUnit unit = members.unit(unitId);
        access.requireReader(unit, authorization.currentScope());
        return stars.publishedRatingsUnder(unitId, year).stream().map(StarAppraisals::published).toList();
    }

    private static PublishedStars published(StarRating rating) {
        return new PublishedStars(rating.getUnit().getName(), rating.getPerson().getName(), rating.getCap(),
                rating.getTotal());
    }

    /** Starts the village's appraisal of the year: its members under their caps, its two occasions prepared. */
    public StarAppraisalView start(long unitId, int year) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireBranchSecretary(unit, scope);
        if (stars.starAppraisal(unit, year).isPresent()) {
            throw new RuleViolation("starAppraisal.started", year);
        }
        List<Person> roster = stars.villageMembersOf(unit);
        if (roster.isEmpty()) {
            throw new RuleViolation("starAppraisal.noMembers");
        }
        Map<String, String> paper = new LinkedHashMap<>();
        roster.forEach(person -> paper.put(subjectKey(person.getId()), person.getName()));
        String by = scope.account().toString();
        ResourceBundle titles = ChineseFirstBundle.of(TITLES, Locale.CHINESE);
        long peer = prepare(unit, year, titles, "peer", Scale.APPRAISAL, Eligibility.UNIT_MEMBERS, by, paper);
        long mass = prepare(unit, year, titles, "mass", Scale.SATISFACTION, Eligibility.PARTICIPATION_CODES, by, paper);
        StarAppraisal appraisal = new StarAppraisal(unit, year, LocalDate.now(clock), peer, mass);
        StarRules rules = stars.rules();
        Map<Long, StarTarget> targets = targets(unit, year);
        roster.forEach(person -> appraisal.enrol(person, rules.ratingCap(person, targets.get(person.getId()))));
        stars.store(appraisal);
        flush(unitId);
        record(null, appraisal, AuditEvent.STAR_APPRAISAL_STARTED);
        return view(unit, year, Optional.of(appraisal));
    }

    private long prepare(OrgUnit unit, int year, ResourceBundle titles, String kind, Scale scale,
            Eligibility eligibility, String by, Map<String, String> paper) {
        String title = MessageFormat.format(titles.getString(kind), String.valueOf(year), unit.getName());
        return engine.prepare(OccasionOwner.UNIT, null, unit, title, scale, eligibility, VotingMode.ELECTRONIC,
                appraisalRules.get().getMinimumBallots(), by, paper).getId();
    }

    /** The caller's own appraisal of the year, as far as their branch has gone. */
    public MyStarAppraisal mine(int year) {
        AccessScope scope = authorization.currentScope();
        Person me = members.own(scope);
        Optional<StarRating> rating = stars.starRating(me, year);
        if (rating.isEmpty()) {
            StarCap cap = stars.rules().ratingCap(me, stars.target(me, year).orElse(null));
            return new MyStarAppraisal(year, me.getOrgUnit().getName(), false, null, cap.cap(), cap.mostPerAspect(),
                    false, AspectStars.none().asMap(), 0, false, 0, false, AspectStars.none().asMap(), 0, null, null,
                    List.of());
        }
        StarRating own = rating.get();
        StarAppraisal appraisal = own.getAppraisal();
        boolean published = appraisal.isPublished();
        StarCap cap = capOf(own);
        List<PublishedStars> branch = published
                ? stars.publishedRatings(own.getUnit().getId(), year).stream().map(StarAppraisals::published).toList()
                : List.of();
        AspectStars given = published ? own.getStars() : AspectStars.none();
        return new MyStarAppraisal(year, own.getUnit().getName(), true, appraisal.getState(), own.getCap(),
                cap.mostPerAspect(), own.isSelfAssessed(), own.getSelfStars().asMap(), own.getSelfStars().total(),
                appraisal.getState() == StarAppraisalState.SELF, appraisal.getPeerOccasionId(), published,
                given.asMap(), given.total(), appraisal.getPublishedOn(), publicityEnds(appraisal), branch);
    }

    /** The member's own stars per aspect within their cap, while the members assess themselves. */
    public MyStarAppraisal assessSelf(int year, Map<StarAspect, Integer> own) {
        AccessScope scope = authorization.currentScope();
        Person me = members.own(scope);
        StarRating rating = stars.starRating(me, year)
                .orElseThrow(() -> new RuleViolation("starAppraisal.notOnAppraisal", me.getName()));
        StarAppraisal appraisal = rating.getAppraisal();
        Map<String, Object> before = appraisal.auditState();
        appraisal.assessSelf(me, capOf(rating), AspectStars.of(own), LocalDateTime.now(clock));
        flush(appraisal.getUnit().getId());
        auditTrail.record(AuditAction.UPDATE, ENTITY, appraisal.getId(), AuditSummary.of(AuditEvent.STAR_SELF_ASSESSED,
                me.getName(), year, rating.getSelfStars().total()), before, appraisal.auditState());
        return mine(year);
    }

    /**
     * The next appraisal: from the self-assessment the peer ballot opens; from the peer appraisal it closes and the
     * masses' opens (its codes issued first); from the mass appraisal that closes and the committee rates.
     */
    public StarAppraisalView advance(long unitId, int year, long expectedVersion) {
        OrgUnit unit = members.unit(unitId);
        access.requireBranchSecretary(unit, authorization.currentScope());
        StarAppraisal appraisal = existing(unit, year, expectedVersion);
        Map<String, Object> before = appraisal.auditState();
        Occasion peer = occasion(appraisal.getPeerOccasionId());
        Occasion mass = occasion(appraisal.getMassOccasionId());
        switch (appraisal.getState()) {
            case SELF -> occasions.open(peer.getId());
            case PEER -> {
                closeIfOpen(peer);
                occasions.open(mass.getId());
            }
            case MASS -> closeIfOpen(mass);
            default -> { }
        }
        appraisal.advance(peer.getState(), mass.getState());
        flush(unitId);
        auditTrail.record(AuditAction.UPDATE, ENTITY, appraisal.getId(), AuditSummary.of(
                AuditEvent.STAR_APPRAISAL_ADVANCED, unit.getName(), year, appraisal.getState()), before,
                appraisal.auditState());
        return view(unit, year, Optional.of(appraisal));
    }

    private void closeIfOpen(Occasion occasion) {
        if (occasion.getState() == OccasionState.OPEN) {
            occasions.close(occasion.getId());
        }
    }

    /** The branch committee rates a member per aspect, within their cap, with an optional reason. */
    public StarAppraisalView rate(long unitId, int year, long personId, Map<StarAspect, Integer> given,
            String reason) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireBranchSecretary(unit, scope);
        StarAppraisal appraisal = stars.starAppraisal(unit, year)
                .orElseThrow(() -> new StarBookNotFoundException(ENTITY, unitId));
        Person person = members.find(personId);
        StarRating rating = appraisal.ratingOf(person)
                .orElseThrow(() -> new RuleViolation("starAppraisal.notOnAppraisal", person.getName()));
        Map<String, Object> before = appraisal.auditState();
        appraisal.rate(person, capOf(rating), AspectStars.of(given), reason, scope.account().username(),
                LocalDateTime.now(clock));
        flush(unitId);
        auditTrail.record(AuditAction.UPDATE, ENTITY, appraisal.getId(), AuditSummary.of(AuditEvent.STAR_RATED,
                person.getName(), year, rating.getTotal()), before, appraisal.auditState());
        return view(unit, year, Optional.of(appraisal));
    }

    /** Sends the rating to the township: every member rated, within the year's quotas. */
    public StarAppraisalView submit(long unitId, int year, long expectedVersion) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireBranchSecretary(unit, scope);
        StarAppraisal appraisal = existing(unit, year, expectedVersion);
        Map<String, Object> before = appraisal.auditState();
        appraisal.submit(stars.rules().quotas(), scope.account().username(), LocalDateTime.now(clock));
        flush(unitId);
        record(before, appraisal, AuditEvent.STAR_APPRAISAL_SUBMITTED);
        return view(unit, year, Optional.of(appraisal));
    }

    /** The township's first review: confirmed, the result is published; returned, with the reason. */
    public StarAppraisalView review(long unitId, int year, long expectedVersion, boolean confirmed, String reason) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireTownshipReviewer(unit, scope);
        StarAppraisal appraisal = existing(unit, year, expectedVersion);
        Map<String, Object> before = appraisal.auditState();
        appraisal.review(confirmed, reason, scope.account().username(), LocalDateTime.now(clock));
        flush(unitId);
        record(before, appraisal, confirmed ? AuditEvent.STAR_APPRAISAL_PUBLISHED
                : AuditEvent.STAR_APPRAISAL_RETURNED);
        if (confirmed) {
            stamps.touch();
        }
        return view(unit, year, Optional.of(appraisal));
    }

    /** The cap the member was appraised under, with today's most per aspect. */
    private StarCap capOf(StarRating rating) {
        return stars.rules().ratedCap(rating);
    }

    private StarAppraisal existing(OrgUnit unit, int year, long expectedVersion) {
        StarAppraisal appraisal = stars.starAppraisal(unit, year)
                .orElseThrow(() -> new StarBookNotFoundException(ENTITY, unit.getId()));
        if (appraisal.getVersion() != expectedVersion) {
            throw new StaleEditException("The star appraisal of unit " + unit.getId() + " changed since it was opened");
        }
        return appraisal;
    }

    private Occasion occasion(long id) {
        return ballots.findOccasion(id).orElseThrow(() -> new IllegalStateException("No occasion " + id));
    }

    private Map<Long, StarTarget> targets(OrgUnit unit, int year) {
        return stars.targetsIn(unit, year).stream()
                .collect(Collectors.toMap(t -> t.getPerson().getId(), Function.identity()));
    }

    private LocalDate publicityEnds(StarAppraisal appraisal) {
        return appraisal.getPublishedOn() == null ? null
                : publicityRules.get().periodFrom(appraisal.getPublishedOn()).lastDay();
    }

    private StarAppraisalView view(OrgUnit unit, int year, Optional<StarAppraisal> found) {
        AccessScope scope = authorization.currentScope();
        List<StarQuota> quotas = stars.rules().quotas();
        if (found.isEmpty()) {
            return new StarAppraisalView(unit.getId(), unit.getName(), year, false, null, 0, 0, null, null, List.of(),
                    quotaLines(quotas, List.of()), "", null, null, access.isBranchSecretaryOf(unit, scope), false, 0);
        }
        StarAppraisal appraisal = found.get();
        Occasion peer = occasion(appraisal.getPeerOccasionId());
        Occasion mass = occasion(appraisal.getMassOccasionId());
        Map<String, Map<String, Integer>> peerCounts = counts(peer);
        Map<String, Map<String, Integer>> massCounts = counts(mass);
        List<StarRating> ratings = appraisal.getRatings().stream()
                .sorted((a, b) -> a.getPerson().getName().compareTo(b.getPerson().getName())).toList();
        List<StarRatingLine> lines = ratings.stream().map(rating -> {
            String key = subjectKey(rating.getPerson().getId());
            return new StarRatingLine(rating.getPerson().getId(), rating.getPerson().getName(), rating.getCategory(),
                    rating.getCap(), capOf(rating).mostPerAspect(), rating.isSelfAssessed(),
                    rating.getSelfStars().asMap(), rating.getSelfStars().total(), peerCounts.getOrDefault(key, Map.of()),
                    massCounts.getOrDefault(key, Map.of()), rating.isRated(), rating.getStars().asMap(),
                    rating.getTotal(), rating.getReason());
        }).toList();
        StarAppraisalState state = appraisal.getState();
        boolean branchStep = state != StarAppraisalState.FIRST_REVIEW && state != StarAppraisalState.PUBLISHED;
        return new StarAppraisalView(unit.getId(), unit.getName(), year, true, state, peer.getId(), mass.getId(),
                peer.getState(), mass.getState(), lines, quotaLines(quotas, ratings), appraisal.getReturnedReason(),
                appraisal.getPublishedOn(), publicityEnds(appraisal),
                branchStep && access.isBranchSecretaryOf(unit, scope),
                state == StarAppraisalState.FIRST_REVIEW && access.reviewsFor(unit, scope), appraisal.getVersion());
    }

    /** A closed ballot's counts per subject, when enough were cast to show them; none before. */
    private Map<String, Map<String, Integer>> counts(Occasion occasion) {
        if (occasion.getState() != OccasionState.CLOSED) {
            return Map.of();
        }
        BallotEngine.Results results = engine.results(occasion);
        return results.shown() ? results.counts() : Map.of();
    }

    private static List<QuotaLine> quotaLines(List<StarQuota> quotas, List<StarRating> ratings) {
        return quotas.stream().map(quota -> {
            List<StarRating> group = ratings.stream().filter(quota::governs).toList();
            int high = (int) group.stream().filter(r -> r.isRated() && r.getTotal() >= quota.threshold()).count();
            return new QuotaLine(quota.cap(), quota.threshold(), quota.percent(), group.size(),
                    quota.limit(group.size()), high);
        }).toList();
    }

    private void record(Map<String, Object> before, StarAppraisal appraisal, AuditEvent event) {
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, appraisal.getId(),
                AuditSummary.of(event, appraisal.getUnit().getName(), appraisal.getYear()), before,
                appraisal.auditState());
    }

    private void flush(long unitId) {
        try {
            stars.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("The star appraisal of unit " + unitId + " was changed meanwhile");
        } catch (PersistenceException e) {
            throw new StaleEditException("The star appraisal of unit " + unitId + " was started meanwhile");
        }
    }
}
