package org.jiannuo.application.stars;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.stars.Household;
import org.jiannuo.domain.model.stars.HouseholdLiaison;
import org.jiannuo.domain.model.stars.StarRepository;

/**
 * The village's households and 1+2 (联户): the village's keepers add and describe households and link members to
 * them within the department's rule; readers see who keeps whom and which households nobody keeps; a member sees
 * the households they keep, with the phone.
 */
@Stateless
@TenantScoped
public class Households {

    static final String ENTITY = "Household";

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

    public List<HouseholdView> ofUnit(long unitId) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireReader(unit, scope);
        Map<Long, List<String>> names = stars.liaisonsIn(unit).stream().collect(Collectors.groupingBy(
                l -> l.getHousehold().getId(), Collectors.mapping(l -> l.getPerson().getName(), Collectors.toList())));
        boolean withPhone = access.keeps(unit, scope);
        return stars.householdsOf(unit).stream()
                .map(h -> HouseholdView.of(h, names.getOrDefault(h.getId(), List.of()), withPhone)).toList();
    }

    /** The village's households nobody keeps in touch with now. */
    public List<HouseholdView> withoutLiaison(long unitId) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireReader(unit, scope);
        boolean withPhone = access.keeps(unit, scope);
        return stars.householdsWithoutLiaison(unit).stream().map(h -> HouseholdView.of(h, List.of(), withPhone))
                .toList();
    }

    /** The households the caller keeps in touch with, phone included. */
    public List<HouseholdView> own() {
        Person person = members.own(authorization.currentScope());
        return stars.liaisonsOf(person).stream()
                .map(l -> HouseholdView.of(l.getHousehold(), List.of(person.getName()), true)).toList();
    }

    public HouseholdView add(long unitId, String head, String address, String phone) {
        OrgUnit unit = members.unit(unitId);
        access.requireKeeper(unit, authorization.currentScope());
        Household household = new Household(unit, head, address, phone);
        stars.store(household);
        stars.flush();
        auditTrail.record(AuditAction.CREATE, ENTITY, household.getId(),
                AuditSummary.of(AuditEvent.HOUSEHOLD_ADDED, household.getHead(), unit.getName()), null,
                household.auditState());
        return HouseholdView.of(household, List.of(), true);
    }

    public HouseholdView describe(long householdId, long expectedVersion, String head, String address, String phone) {
        Household household = find(householdId);
        access.requireKeeper(household.getUnit(), authorization.currentScope());
        if (household.getVersion() != expectedVersion) {
            throw new StaleEditException("Household " + householdId + " changed since it was opened");
        }
        Map<String, Object> before = household.auditState();
        household.describe(head, address, phone);
        try {
            stars.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Household " + householdId + " was changed meanwhile");
        }
        auditTrail.record(AuditAction.UPDATE, ENTITY, household.getId(),
                AuditSummary.of(AuditEvent.HOUSEHOLD_EDITED, household.getHead(), household.getUnit().getName()),
                before, household.auditState());
        return HouseholdView.of(household, List.of(), true);
    }

    /** Links a member of the village to a household, refused beyond the 1+2 rule's most. */
    public void link(long personId, long householdId) {
        Person person = members.find(personId);
        Household household = find(householdId);
        access.requireKeeper(household.getUnit(), authorization.currentScope());
        if (person.getVillageCategory() == null) {
            throw new RuleViolation("stars.notVillageMember", person.getName());
        }
        if (stars.liaison(person, household).isPresent()) {
            throw new RuleViolation("stars.alreadyLinked", person.getName(), household.getHead());
        }
        HouseholdLiaison liaison = HouseholdLiaison.link(person, household, stars.liaisonsOf(person).size(),
                stars.rules().liaisonRule(), LocalDate.now(clock));
        stars.store(liaison);
        stars.flush();
        auditTrail.record(AuditAction.CREATE, "HouseholdLiaison", liaison.getId(),
                AuditSummary.of(AuditEvent.HOUSEHOLD_LINKED, person.getName(), household.getHead()), null,
                Map.of("person", person.getId(), "household", household.getId()));
    }

    public void unlink(long personId, long householdId) {
        Person person = members.find(personId);
        Household household = find(householdId);
        access.requireKeeper(household.getUnit(), authorization.currentScope());
        HouseholdLiaison liaison = stars.liaison(person, household)
                .orElseThrow(() -> new RuleViolation("stars.householdNotKept", household.getHead()));
        liaison.end(LocalDate.now(clock));
        stars.flush();
        auditTrail.record(AuditAction.UPDATE, "HouseholdLiaison", liaison.getId(),
                AuditSummary.of(AuditEvent.HOUSEHOLD_UNLINKED, person.getName(), household.getHead()),
                Map.of("current", true), Map.of("current", false, "endedOn", liaison.getEndedOn().toString()));
    }

    private Household find(long householdId) {
        return stars.household(householdId).orElseThrow(() -> new StarBookNotFoundException("Household", householdId));
    }
}
