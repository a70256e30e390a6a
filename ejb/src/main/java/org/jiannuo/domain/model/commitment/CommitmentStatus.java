package org.jiannuo.domain.model.commitment;

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
    PUBLISHED;

    /** Counted against the year's quota: everything but a rejected item. */
    public boolean countsTowardsQuota() {
        return this != REJECTED;
    }

    public boolean isEditableByOwner() {
        return this == DRAFT || this == RETURNED || this == REGISTERED || this == PUBLISHED;
    }
}
