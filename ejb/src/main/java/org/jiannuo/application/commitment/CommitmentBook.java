package org.jiannuo.application.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentOwner;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.commitment.CommitmentRules;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewDecision;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
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
    AuditTrail auditTrail;

    @Inject
    CommitmentAccess access;

    private final Clock clock = Clock.systemDefaultZone();

    /** The owner's commitments of the year. */
    public List<CommitmentView> of(CommitmentOwner owner, int year) {
        return views(access.itemsOf(owner, year, authorization.currentScope()));
    }

    /**
     * A new draft for the owner: a member's own, one staff enter for a member (an oral commitment), or an
     * organization's collective one.
     */
    public CommitmentView draft(CommitmentOwner owner, int year, CommitmentDraft draft) {
        AccessScope scope = authorization.currentScope();
        if (owner.isOrganization()) {
            OrgUnit unit = access.organization(owner, scope);
            requireCommitFor(scope, scope.canCommitFor(unit), owner);
            return storeDraft(Commitment.ofUnit(unit, year, draft, scope.account().username()), null);
        }
        Person person = access.person(owner, scope);
        requireCommitFor(scope, scope.canCommitFor(person), owner);
        boolean oral = !person.getId().equals(scope.account().personId());
        return storeDraft(Commitment.ofPerson(person, year, draft, oral, scope.account().username()), person);
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
        auditTrail.record(AuditAction.UPDATE, ENTITY_TYPE, commitmentId,
                AuditSummary.of(AuditEvent.COMMITMENT_REVISED, commitment.getContent()),
                before, commitment.auditState());
        flush(commitmentId);
        return view(commitment);
    }

    /** Submits the owner's drafts and returned items of the year: a member's to their branch, an organization's to its superior. */
    public List<CommitmentView> submit(CommitmentOwner owner, int year) {
        AccessScope scope = authorization.currentScope();
        if (owner.isOrganization()) {
            OrgUnit unit = access.organization(owner, scope);
            requireCommitFor(scope, scope.canCommitFor(unit), owner);
            return submit(commitments.of(owner, year), true, false, year, scope);
        }
        Person person = access.person(owner, scope);
        requireCommitFor(scope, scope.canCommitFor(person), owner);
        return submit(commitments.of(owner, year), false, divisionLevelCadre(person), year, scope);
    }

    private List<CommitmentView> submit(List<Commitment> items, boolean organization, boolean cadre, int year,
            AccessScope scope) {
        List<Commitment> pending = items.stream().filter(item -> item.getStatus().isSubmittable()).toList();
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
            auditTrail.record(AuditAction.UPDATE, ENTITY_TYPE, item.getId(),
                    AuditSummary.of(AuditEvent.COMMITMENT_SUBMITTED, item.getContent()), before,
                    item.auditState());
        }
        commitments.flush();
        return views(items);
    }

    private CommitmentView storeDraft(Commitment commitment, Person person) {
        commitment.checkItem(rules(commitment.getYear()), divisionLevelCadre(person), today());
        commitments.store(commitment);
        commitments.flush();
        auditTrail.record(AuditAction.CREATE, ENTITY_TYPE, commitment.getId(),
                AuditSummary.of(AuditEvent.COMMITMENT_CREATED, commitment.getContent()),
                null, commitment.auditState());
        return view(commitment);
    }

    private static void requireCommitFor(AccessScope scope, boolean allowed, CommitmentOwner owner) {
        if (!allowed) {
            throw new AccessDeniedException(scope.account() + " may not commit for " + owner);
        }
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
