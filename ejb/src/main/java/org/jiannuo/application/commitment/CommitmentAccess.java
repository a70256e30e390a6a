package org.jiannuo.application.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentOwner;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/**
 * Finds a commitment, or an owner's commitments, for what the caller wants to do with them. An item or
 * owner the caller may not even see is reported as not found, so its existence does not leak; one they
 * see but may not act on is refused.
 */
@ApplicationScoped
public class CommitmentAccess {

    @Inject
    CommitmentRepository commitments;

    @Inject
    InScope inScope;

    @Inject
    PersonRepository people;

    @Inject
    OrgUnitRepository units;

    /** The owner's items of the year, for a caller who sees the owner. */
    public List<Commitment> itemsOf(CommitmentOwner owner, int year, AccessScope scope) {
        if (owner.isOrganization()) {
            organization(owner, scope);
        } else {
            person(owner, scope);
        }
        return commitments.of(owner, year);
    }

    /** A member who owns commitments, if the caller reads them. */
    public Person person(CommitmentOwner owner, AccessScope scope) {
        return inScope.person(owner.id(), scope);
    }

    /** An organization that owns commitments, if the caller reads it or commits for it. */
    public OrgUnit organization(CommitmentOwner owner, AccessScope scope) {
        return units.find(owner.id()).filter(unit -> scope.canRead(unit) || scope.canCommitFor(unit))
                .orElseThrow(() -> new UnitNotFoundException(owner.id()));
    }

    /** For reading: the owner's side, anyone who reads the owner, and the reviewers. */
    public Commitment visible(long commitmentId, AccessScope scope) {
        Commitment commitment = find(commitmentId);
        if (!canSee(commitment, scope) && !canReview(commitment, scope)) {
            throw new CommitmentNotFoundException(commitmentId);
        }
        return commitment;
    }

    /** For the owner's actions: the member themselves, staff on their behalf, an organization's secretary. */
    public Commitment owned(long commitmentId, AccessScope scope) {
        Commitment commitment = find(commitmentId);
        if (!actsForOwner(commitment, scope)) {
            if (!canSee(commitment, scope) && !canReview(commitment, scope)) {
                throw new CommitmentNotFoundException(commitmentId);
            }
            throw new AccessDeniedException(scope.account() + " may not act for the owner of commitment " + commitmentId);
        }
        return commitment;
    }

    /** For the reviewer's actions: the member's branch, the organization's superior, never the owner. */
    public Commitment reviewable(long commitmentId, AccessScope scope) {
        Commitment commitment = find(commitmentId);
        if (!canReview(commitment, scope)) {
            if (!canSee(commitment, scope)) {
                throw new CommitmentNotFoundException(commitmentId);
            }
            throw new AccessDeniedException(scope.account() + " may not review commitment " + commitmentId);
        }
        return commitment;
    }

    /** The member themselves, staff entering for them, or the organization's secretary and staff. */
    public static boolean actsForOwner(Commitment commitment, AccessScope scope) {
        return commitment.getOwnerPerson() != null
                ? scope.canCommitFor(commitment.getOwnerPerson())
                : scope.canCommitFor(commitment.getOwnerUnit());
    }

    private static boolean canSee(Commitment commitment, AccessScope scope) {
        return commitment.getOwnerPerson() != null
                ? scope.canRead(commitment.getOwnerPerson())
                : scope.canRead(commitment.getOwnerUnit()) || scope.canRead(commitment.getReviewingUnit());
    }

    private static boolean canReview(Commitment commitment, AccessScope scope) {
        return scope.canReviewFor(commitment.getReviewingUnit(), commitment.getOwnerPerson());
    }

    private Commitment find(long commitmentId) {
        return commitments.find(commitmentId).orElseThrow(() -> new CommitmentNotFoundException(commitmentId));
    }
}
