package org.jiannuo.application.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.commitment.CommitmentRules;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewDecision;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The owner's side of the commitment cycle: a member writes their commitments (or staff enter
 * a member's oral ones), a secretary their organization's, and submits the year's items to the
 * reviewer, checked against the year's rules.
 */
@Stateless
@TenantScoped
public class CommitmentBook {

    static final String ENTITY_TYPE = "Commitment";

    @Inject
    Authorization authorization;

    @Inject
    CommitmentRepository commitments;

    @Inject
    PersonRepository people;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CommitmentAccess access;

    private final Clock clock = Clock.systemDefaultZone();

    public List<CommitmentView> ofPerson(long personId, int year) {
        AccessScope scope = authorization.currentScope();
        Person person = person(personId, scope);
        return views(commitments.ofPerson(person, year));
    }

    public List<CommitmentView> ofUnit(long unitId, int year) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = unit(unitId, scope);
        return views(commitments.ofUnit(unit, year));
    }

    public CommitmentView draftForPerson(long personId, int year, CommitmentDraft draft) {
        AccessScope scope = authorization.currentScope();
        Person person = person(personId, scope);
        requireCommitFor(scope, person);
        boolean oral = !person.getId().equals(scope.account().personId());
        Commitment commitment = Commitment.ofPerson(person, year, draft, oral, scope.account().username());
        return storeDraft(commitment, person);
    }

    public CommitmentView draftForUnit(long unitId, int year, CommitmentDraft draft) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = unit(unitId, scope);
        if (!scope.canCommitFor(unit)) {
            throw new AccessDeniedException(scope.account() + " may not commit for unit " + unitId);
        }
        return storeDraft(Commitment.ofUnit(unit, year, draft, scope.account().username()), null);
    }

    public CommitmentView revise(long commitmentId, long expectedVersion, CommitmentDraft draft) {
        AccessScope scope = authorization.currentScope();
        Commitment commitment = access.owned(commitmentId, scope);
        if (commitment.getVersion() != expectedVersion) {
            throw new StaleEditException("Commitment " + commitmentId + " changed meanwhile");
        }
        var before = commitment.auditState();
        commitment.revise(draft);
        commitment.checkItem(rules(commitment.getYear()), divisionLevelCadre(commitment.getOwnerPerson()), today());
        auditTrail.record(AuditAction.UPDATE, ENTITY_TYPE, commitmentId, "修改承诺：" + commitment.getContent(),
                before, commitment.auditState());
        flush(commitmentId);
        return view(commitment);
    }

    /** Submits every draft and returned item of the person's year to their branch. */
    public List<CommitmentView> submitForPerson(long personId, int year) {
        AccessScope scope = authorization.currentScope();
        Person person = person(personId, scope);
        requireCommitFor(scope, person);
        return submit(commitments.ofPerson(person, year), false, divisionLevelCadre(person), year, scope);
    }

    /** Submits every draft and returned item of the organization's year to its superior. */
    public List<CommitmentView> submitForUnit(long unitId, int year) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = unit(unitId, scope);
        if (!scope.canCommitFor(unit)) {
            throw new AccessDeniedException(scope.account() + " may not commit for unit " + unitId);
        }
        return submit(commitments.ofUnit(unit, year), true, false, year, scope);
    }

    private List<CommitmentView> submit(List<Commitment> items, boolean organization, boolean cadre, int year,
            AccessScope scope) {
        List<Commitment> pending = items.stream()
                .filter(item -> item.getStatus() == CommitmentStatus.DRAFT || item.getStatus() == CommitmentStatus.RETURNED)
                .toList();
        if (pending.isEmpty()) {
            throw new RuleViolation("commitment.nothingToSubmit");
        }
        CommitmentRules rules = rules(year);
        LocalDate today = today();
        pending.forEach(item -> item.checkItem(rules, cadre, today));
        if (pending.stream().anyMatch(item -> item.getKind() == CommitmentKind.ANNUAL)) {
            rules.checkAnnualSubmission(organization, items.stream()
                    .filter(item -> item.getKind() == CommitmentKind.ANNUAL && item.getStatus().countsTowardsQuota())
                    .map(Commitment::getCategory).toList(), cadre, today);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (Commitment item : pending) {
            var before = item.auditState();
            commitments.store(item.submit(now, scope.account().username()));
            auditTrail.record(AuditAction.UPDATE, ENTITY_TYPE, item.getId(), "提交承诺：" + item.getContent(), before,
                    item.auditState());
        }
        commitments.flush();
        return views(items);
    }

    private CommitmentView storeDraft(Commitment commitment, Person person) {
        commitment.checkItem(rules(commitment.getYear()), divisionLevelCadre(person), today());
        commitments.store(commitment);
        commitments.flush();
        auditTrail.record(AuditAction.CREATE, ENTITY_TYPE, commitment.getId(), "新建承诺：" + commitment.getContent(),
                null, commitment.auditState());
        return view(commitment);
    }

    private void requireCommitFor(AccessScope scope, Person person) {
        if (!scope.canCommitFor(person)) {
            throw new AccessDeniedException(scope.account() + " may not commit for person " + person.getId());
        }
    }

    private Person person(long personId, AccessScope scope) {
        Person person = people.find(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        if (!scope.canRead(person)) {
            throw new PersonNotFoundException(personId);
        }
        return person;
    }

    private OrgUnit unit(long unitId, AccessScope scope) {
        OrgUnit unit = units.find(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
        if (!scope.canRead(unit) && !scope.canCommitFor(unit)) {
            throw new UnitNotFoundException(unitId);
        }
        return unit;
    }

    private CommitmentRules rules(int year) {
        return commitments.rules(year).orElseGet(() -> CommitmentRules.defaults(year));
    }

    private static boolean divisionLevelCadre(Person person) {
        return person != null && person.getLeadingCadreLevel() != null && person.getLeadingCadreLevel().isDivisionOrAbove();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void flush(long commitmentId) {
        try {
            commitments.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Commitment " + commitmentId + " was changed by someone else meanwhile");
        }
    }

    private List<CommitmentView> views(List<Commitment> items) {
        return items.stream().map(this::view).toList();
    }

    /** With the reason of the last decision when it sent the item back or refused it. */
    private CommitmentView view(Commitment commitment) {
        if (commitment.getStatus() != CommitmentStatus.RETURNED && commitment.getStatus() != CommitmentStatus.REJECTED) {
            return CommitmentView.of(commitment, null);
        }
        List<ReviewDecision> decisions = commitments.decisions(commitment);
        return CommitmentView.of(commitment, decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).getReason());
    }
}
