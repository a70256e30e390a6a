package org.jiannuo.domain.model.fulfilment;

/** Where a rectification (整改) stands. */
public enum RectificationStatus {
    /** Ordered; the owner has until the deadline. */
    OPEN,
    /** The owner reports it done; the reviewer accepts it or reopens it. */
    REPORTED,
    /** Accepted by the reviewer. */
    ACCEPTED;

    /** Keeps the item from being closed out. */
    public boolean isUnsettled() {
        return this != ACCEPTED;
    }
}
