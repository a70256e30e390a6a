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
import org.jiannuo.application.publicity.BoardStamps;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.stars.AspectStars;
import org.jiannuo.domain.model.stars.LiaisonRule;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarRepository;
import org.jiannuo.domain.model.stars.StarRules;
import org.jiannuo.domain.model.stars.StarTarget;

/**
 * The year's star targets (创星目标, seed 003): a member aims per aspect within their category's cap, a keeper of the
 * village may write it for them; a keeper other than the member signs the responsibility letter with them, after
 * which it is final. The village's book lists every member with target, posts and households.
 */
@Stateless
@TenantScoped
public class StarTargets {

    static final String ENTITY = "StarTarget";

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

    @Inject
    BoardStamps stamps;

    private final Clock clock = Clock.systemDefaultZone();

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public TargetView of(long personId, int year) {
        Person person = members.find(personId);
        access.requireReaderOf(person, authorization.currentScope());
        return view(person, year, stars.rules());
    }

    public TargetView own(int year) {
        return of(members.own(authorization.currentScope()).getId(), year);
    }

    /** Sets the target; {@code expectedVersion} is the version the writer saw (0 for a new one). */
    public TargetView aim(long personId, int year, long expectedVersion, Map<StarAspect, Integer> aimed,
            String measures) {
        Person person = members.find(personId);
        access.requireWriterFor(person, authorization.currentScope());
        StarRules rules = stars.rules();
        Optional<StarTarget> existing = stars.target(person, year);
        if (existing.map(StarTarget::getVersion).orElse(0L) != expectedVersion) {
            throw new StaleEditException("The star target of " + personId + " changed since it was opened");
        }
        Map<String, Object> before = existing.map(StarTarget::auditState).orElse(null);
        StarTarget target = existing.orElseGet(() -> new StarTarget(person, year));
        target.aim(AspectStars.of(aimed), measures, rules, LocalDateTime.now(clock));
        if (existing.isEmpty()) {
            stars.store(target);
        }
        flush(personId);
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, target.getId(),
                AuditSummary.of(AuditEvent.STAR_TARGET_SET, person.getName(), year, target.getStars().total()),
                before, target.auditState());
        return TargetView.of(target, rules.capFor(target.getCategory()));
    }

    /** The secretary and the member sign the letter: final from now on, and posted. */
    public TargetView sign(long personId, int year, long expectedVersion) {
        Person person = members.find(personId);
        AccessScope scope = authorization.currentScope();
        access.requireSigner(person, scope);
        StarTarget target = stars.target(person, year)
                .orElseThrow(() -> new RuleViolation("stars.noTarget", person.getName(), year));
        if (target.getVersion() != expectedVersion) {
            throw new StaleEditException("The star target of " + personId + " changed since it was opened");
        }
        Map<String, Object> before = target.auditState();
        target.sign(stars.claimsOf(person, year).size(), scope.account().username(), LocalDate.now(clock));
        flush(personId);
        auditTrail.record(AuditAction.UPDATE, ENTITY, target.getId(),
                AuditSummary.of(AuditEvent.STAR_TARGET_SIGNED, person.getName(), year), before, target.auditState());
        // Signed, the target is posted: cached boards are read again.
        stamps.touch();
        return TargetView.of(target, stars.rules().capFor(target.getCategory()));
    }

    /** The village's members with their year: target, signature, posts, households and the 1+2 rule. */
    public List<MemberStarLine> ofUnit(long unitId, int year) {
        OrgUnit unit = members.unit(unitId);
        access.requireReader(unit, authorization.currentScope());
        StarRules rules = stars.rules();
        LiaisonRule liaison = rules.liaisonRule();
        Map<Long, StarTarget> targets = stars.targetsIn(unit, year).stream()
                .collect(Collectors.toMap(t -> t.getPerson().getId(), Function.identity()));
        Map<Long, Long> posts = stars.claimsIn(unit, year).stream()
                .collect(Collectors.groupingBy(c -> c.getPerson().getId(), Collectors.counting()));
        Map<Long, Long> households = stars.liaisonsIn(unit).stream()
                .collect(Collectors.groupingBy(l -> l.getPerson().getId(), Collectors.counting()));
        return stars.villageMembersOf(unit).stream().map(person -> {
            StarTarget target = targets.get(person.getId());
            int kept = households.getOrDefault(person.getId(), 0L).intValue();
            return new MemberStarLine(person.getId(), person.getName(), person.getVillageCategory(),
                    target == null ? rules.capOf(person.getVillageCategory()) : target.getCap(),
                    target == null ? 0 : target.getStars().total(), target != null,
                    target != null && target.isSigned(), posts.getOrDefault(person.getId(), 0L).intValue(), kept,
                    liaison.isMet(person.getVillageCategory(), kept));
        }).toList();
    }

    /** The villages the caller reads (those with village members now), for a picker over several of them. */
    public List<VillageOption> villages() {
        AccessScope scope = authorization.currentScope();
        return stars.villages().stream().filter(scope::canRead).map(u -> new VillageOption(u.getId(), u.getName()))
                .toList();
    }

    /** Whether the caller is a member of a village (has a village category): the member's star screens are theirs. */
    public boolean ownIsVillageMember() {
        Long personId = authorization.currentScope().ownPersonId();
        return personId != null && members.find(personId).getVillageCategory() != null;
    }

    /** What the member's responsibility letter says; refused before a target is set. */
    public StarLetter letter(long personId, int year) {
        Person person = members.find(personId);
        access.requireReaderOf(person, authorization.currentScope());
        StarTarget target = stars.target(person, year)
                .orElseThrow(() -> new RuleViolation("stars.noTarget", person.getName(), year));
        StarRules rules = stars.rules();
        List<StarLetter.Aspect> aspects = List.of(StarAspect.values()).stream()
                .map(aspect -> new StarLetter.Aspect(aspect, rules.standardOf(aspect),
                        Math.min(target.getCap(), rules.mostIn(aspect)), target.getStars().of(aspect)))
                .toList();
        Person secretary = target.getUnit().getSecretary();
        return new StarLetter(person.getName(), target.getUnit().getName(),
                secretary == null ? "" : secretary.getName(), year, target.getCategory(), target.getCap(), aspects,
                target.getStars().total(), target.getMeasures(),
                stars.claimsOf(person, year).stream().map(ClaimView::of).toList(), target.getSignedOn());
    }

    private TargetView view(Person person, int year, StarRules rules) {
        return stars.target(person, year).map(t -> TargetView.of(t, rules.capFor(t.getCategory())))
                .orElseGet(() -> {
                    if (person.getVillageCategory() == null) {
                        throw new RuleViolation("stars.notVillageMember", person.getName());
                    }
                    return TargetView.none(person, year, rules.capFor(person.getVillageCategory()));
                });
    }

    private void flush(long personId) {
        try {
            stars.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("The star target of " + personId + " was changed meanwhile");
        } catch (PersistenceException e) {
            throw new StaleEditException("The star target of " + personId + " was written meanwhile");
        }
    }
}
