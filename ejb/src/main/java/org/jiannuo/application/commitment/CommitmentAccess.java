package org.jiannuo.application.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentRepository;

/**
 * Finds a commitment for what the caller wants to do with it. An item the caller may not even see
 * is reported as not found, so its existence does not leak; one they see but may not act on is
 * refused.
 */
@ApplicationScoped
public class CommitmentAccess {

    @Inject
    CommitmentRepository commitments;

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
