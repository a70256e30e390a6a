package org.jiannuo.application.stars;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.stars.FollowUpRepository;
import org.jiannuo.domain.model.stars.FollowUpThresholds;
import org.jiannuo.domain.model.stars.HelpRecord;
import org.jiannuo.domain.model.stars.LaggingMember;
import org.jiannuo.domain.model.stars.RatedStars;
import org.jiannuo.domain.model.stars.ReserveCadre;
import org.jiannuo.domain.model.stars.StarFollowUpRules;
import org.jiannuo.domain.model.stars.StarRating;
import org.jiannuo.domain.model.stars.StarRepository;

/**
 * The use of the year-end star results (seed 003): members at the commendation threshold listed for the 七一
 * commendation with a certificate, and marked reserve village cadres by the township above (or the department);
 * lagging members paired by their branch with a best-star member of the same branch, the help recorded by the
 * branch or by the helper. Everything reads the published ratings only; whoever reads the village reads its
 * follow-up. The department sets the thresholds.
 */
@Stateless
@TenantScoped
public class StarFollowUps {

    static final String RULES = "StarFollowUpRules";
    static final String RESERVE = "ReserveCadre";
    static final String LAGGING = "LaggingMember";
    static final String HELP = "HelpRecord";

    @Inject
    Authorization authorization;

    @Inject
    StarAccess access;

    @Inject
    StarRepository stars;

    @Inject
    FollowUpRepository followUps;

    @Inject
    VillageMembers members;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    /** The follow-up of a village, or of a township's villages together, for a year. */
    public FollowUpView of(long unitId, int year) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireReader(unit, scope);
        StarFollowUpRules rules = followUps.followUpRules();
        Map<Long, ReserveCadre> reserves = followUps.reservesUnder(unit, year).stream()
                .filter(ReserveCadre::isCurrent).collect(Collectors.toMap(r -> r.getPerson().getId(),
                        Function.identity()));
        Map<Long, LaggingMember> lagging = followUps.laggingUnder(unit, year).stream()
                .collect(Collectors.toMap(l -> l.getPerson().getId(), Function.identity()));
        List<StarRating> ratings = stars.publishedRatingsUnder(unitId, year);
        List<FollowUpLine> lines = ratings.stream()
                .map(rating -> line(rating, rules, reserves.get(rating.getPerson().getId()),
                        lagging.get(rating.getPerson().getId())))
                .toList();
        // What the caller may do is decided per village: a township's view spans many.
        Collection<OrgUnit> villages = ratings.stream().collect(Collectors.toMap(r -> r.getUnit().getId(),
                StarRating::getUnit, (a, b) -> a)).values();
        return new FollowUpView(unitId, unit.getName(), year, rules.thresholds(), lines,
                !villages.isEmpty() && villages.stream().allMatch(v -> access.isBranchSecretaryOf(v, scope)),
                !villages.isEmpty() && villages.stream().allMatch(v -> access.reviewsFor(v, scope)));
    }

    private static FollowUpLine line(StarRating rating, StarFollowUpRules rules, ReserveCadre reserve,
            LaggingMember lagging) {
        Person person = rating.getPerson();
        return new FollowUpLine(person.getId(), person.getName(), rating.getUnit().getId(), rating.getUnit().getName(),
                rating.getCategory(), rating.getCap(), rating.getStars().asMap(), rating.getTotal(),
                rules.standingOf(rating.getCap(), rating.getTotal()), reserve != null,
                reserve == null ? "" : reserve.getNote(), lagging == null ? null : lagging.getId(),
                lagging == null ? null : lagging.getHelper().getId(),
                lagging == null ? null : lagging.getHelper().getName());
    }

    public FollowUpThresholds thresholds() {
        return followUps.followUpRules().thresholds();
    }

    /** The department's thresholds; the follow-up already made stays as it was made. */
    public FollowUpThresholds changeThresholds(FollowUpThresholds thresholds) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        StarFollowUpRules rules = followUps.followUpRules();
        Map<String, Object> before = rules.auditState();
        rules.change(thresholds);
        if (rules.getId() == null) {
            followUps.store(rules);
        }
        flush(RULES);
        auditTrail.record(AuditAction.UPDATE, RULES, rules.getId(),
                AuditSummary.of(AuditEvent.STAR_FOLLOW_UP_RULES_SET, thresholds.commendUpper(),
                        thresholds.commendLower(), thresholds.laggingUpper(), thresholds.laggingLower()),
                before, rules.auditState());
        return rules.thresholds();
    }

    /** Marks a commended member a reserve village cadre (or rewrites the note): the township above, the department. */
    public void markReserve(long personId, int year, String note) {
        RatedStars rated = published(personId, year);
        AccessScope scope = authorization.currentScope();
        access.requireTownshipReviewer(rated.unit(), scope);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<ReserveCadre> existing = followUps.reserve(rated.person(), year);
        Map<String, Object> before = existing.map(ReserveCadre::auditState).orElse(null);
        ReserveCadre reserve;
        if (existing.isPresent()) {
            reserve = existing.get();
            reserve.markAgain(rated, followUps.followUpRules(), note, scope.account().username(), now);
        } else {
            reserve = ReserveCadre.mark(rated, followUps.followUpRules(), note, scope.account().username(), now);
            followUps.store(reserve);
        }
        flush(RESERVE);
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, RESERVE, reserve.getId(),
                AuditSummary.of(AuditEvent.STAR_RESERVE_MARKED, rated.person().getName(), year), before,
                reserve.auditState());
    }

    public void withdrawReserve(long personId, int year) {
        RatedStars rated = published(personId, year);
        AccessScope scope = authorization.currentScope();
        access.requireTownshipReviewer(rated.unit(), scope);
        ReserveCadre reserve = followUps.reserve(rated.person(), year)
                .orElseThrow(() -> new StarBookNotFoundException(RESERVE, personId));
        Map<String, Object> before = reserve.auditState();
        reserve.withdraw(scope.account().username(), LocalDateTime.now(clock));
        flush(RESERVE);
        auditTrail.record(AuditAction.UPDATE, RESERVE, reserve.getId(),
                AuditSummary.of(AuditEvent.STAR_RESERVE_WITHDRAWN, rated.person().getName(), year), before,
                reserve.auditState());
    }

    /** Pairs a lagging member with a best-star helper of the same branch, or changes the helper: the branch. */
    public long pair(long personId, int year, long helperId) {
        RatedStars lagging = published(personId, year);
        AccessScope scope = authorization.currentScope();
        access.requireBranchSecretary(lagging.unit(), scope);
        Person helperPerson = members.find(helperId);
        RatedStars helper = publishedStars(helperPerson, year)
                .orElseThrow(() -> new RuleViolation("starFollowUp.helperNotBest", helperPerson.getName(), 0));
        StarFollowUpRules rules = followUps.followUpRules();
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LaggingMember> existing = followUps.lagging(lagging.person(), year);
        Map<String, Object> before = existing.map(LaggingMember::auditState).orElse(null);
        LaggingMember member;
        if (existing.isPresent()) {
            member = existing.get();
            member.pairWith(helper, rules, scope.account().username(), now);
        } else {
            member = LaggingMember.pair(lagging, helper, rules, scope.account().username(), now);
            followUps.store(member);
        }
        flush(LAGGING);
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, LAGGING, member.getId(),
                AuditSummary.of(AuditEvent.STAR_LAGGING_PAIRED, lagging.person().getName(),
                        helper.person().getName(), year), before, member.auditState());
        return member.getId();
    }

    /** Records help given to a lagging member: their branch, or their helper themselves. */
    public HelpView recordHelp(long laggingId, LocalDate on, String note) {
        LaggingMember lagging = readableLagging(laggingId);
        AccessScope scope = authorization.currentScope();
        boolean helper = lagging.getHelper().getId().equals(scope.ownPersonId());
        if (!helper && !access.isBranchSecretaryOf(lagging.getUnit(), scope)) {
            throw new AccessDeniedException(scope.account() + " may not record help for " + laggingId);
        }
        HelpRecord record = lagging.help(on, note, scope.account().username(), LocalDateTime.now(clock));
        followUps.store(record);
        flush(HELP);
        auditTrail.record(AuditAction.CREATE, HELP, record.getId(),
                AuditSummary.of(AuditEvent.STAR_HELP_RECORDED, lagging.getPerson().getName(),
                        lagging.getHelper().getName(), on.toString()), null, record.auditState());
        return view(record);
    }

    /** The help recorded for a lagging member, the latest first: for readers of the village and the helper. */
    public List<HelpView> help(long laggingId) {
        return followUps.helpOf(readableLagging(laggingId)).stream().map(StarFollowUps::view).toList();
    }

    /** The 七一 certificates of the commended members of a village or a township's villages. */
    public List<StarCertificate> certificates(long unitId, int year) {
        FollowUpView view = of(unitId, year);
        LocalDate today = LocalDate.now(clock);
        return view.commended().stream().map(line -> new StarCertificate(line.personId(), line.name(),
                line.unitName(), issuer(members.unit(line.unitId())), year, line.total(), line.cap(), today)).toList();
    }

    /** The township above the village issues the certificate; a village at the top issues its own. */
    private static String issuer(OrgUnit village) {
        return village.getParent() == null ? village.getName() : village.getParent().getName();
    }

    /** A published rating of the member for the year, the caller reading the member's village; refused otherwise. */
    private RatedStars published(long personId, int year) {
        Person person = members.find(personId);
        RatedStars rated = publishedStars(person, year)
                .orElseThrow(() -> new RuleViolation("starFollowUp.notPublished", person.getName(), year));
        access.requireReader(rated.unit(), authorization.currentScope());
        return rated;
    }

    private Optional<RatedStars> publishedStars(Person person, int year) {
        return stars.starRating(person, year).filter(rating -> rating.getAppraisal().isPublished())
                .map(RatedStars::of);
    }

    private LaggingMember readableLagging(long laggingId) {
        LaggingMember lagging = followUps.findLagging(laggingId)
                .orElseThrow(() -> new StarBookNotFoundException(LAGGING, laggingId));
        AccessScope scope = authorization.currentScope();
        if (!scope.canRead(lagging.getUnit()) && !lagging.getHelper().getId().equals(scope.ownPersonId())) {
            throw new StarBookNotFoundException(LAGGING, laggingId);
        }
        return lagging;
    }

    private static HelpView view(HelpRecord record) {
        return new HelpView(record.getId(), record.getHelpedOn(), record.getHelper().getName(), record.getNote(),
                record.getRecordedBy());
    }

    private void flush(String what) {
        try {
            followUps.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException(what + " was changed meanwhile");
        } catch (PersistenceException e) {
            throw new StaleEditException(what + " was made meanwhile");
        }
    }
}
