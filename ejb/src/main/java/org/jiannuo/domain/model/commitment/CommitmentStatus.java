package org.jiannuo.domain.model.commitment;

import java.util.EnumSet;
import java.util.Set;

/** Where a commitment stands between its owner and its reviewer. */
public enum CommitmentStatus {
    /** Written, not yet submitted; the owner may change it freely. */
    DRAFT,
    /** Waiting for the reviewer. */
    SUBMITTED,
    /** Sent back with a reason; the owner revises and submits again. */
    RETURNED,
    /** Refused for good; the owner makes a new item instead. */
    REJECTED,
    /** Approved and registered in the ledger (备案), not yet public. */
    REGISTERED,
    /** Made public on a recorded date. */
    PUBLISHED,
    /** The owner reported it done with evidence; the reviewer verifies it. */
    COMPLETION_REPORTED,
    /** Verified and closed out (销号); stays in the ledger for good. */
    CLOSED;

    private static final Set<CommitmentStatus> APPROVED = EnumSet.of(REGISTERED, PUBLISHED, COMPLETION_REPORTED, CLOSED);
    private static final Set<CommitmentStatus> FULFILLING = EnumSet.of(REGISTERED, PUBLISHED);

    /** Counted against the year's quota: everything but a rejected item. */
    public boolean countsTowardsQuota() {
        return this != REJECTED;
    }

    /** Goes to the reviewer with the owner's next submission: a draft, or an item sent back for revision. */
    public boolean isSubmittable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean isEditableByOwner() {
        return this == DRAFT || this == RETURNED || this == REGISTERED || this == PUBLISHED;
    }

    /** Passed review at some point: on the ledger, in the letters. */
    public boolean isApproved() {
        return APPROVED.contains(this);
    }

    /** Being carried out: monthly records and a completion report are accepted. */
    public boolean isFulfilling() {
        return FULFILLING.contains(this);
    }

    /** Approved and not yet closed out: checked quarterly, open to rectification. */
    public boolean isOpenForRectification() {
        return isFulfilling() || this == COMPLETION_REPORTED;
    }

    /** The states in which an item can fall behind its deadline. */
    public static Set<CommitmentStatus> fulfilling() {
        return EnumSet.copyOf(FULFILLING);
    }

    public static Set<CommitmentStatus> approved() {
        return EnumSet.copyOf(APPROVED);
    }
}
