package org.jiannuo.domain.model.fulfilment;

/** How the reviewer finds an item at the quarterly check (每季度一检查). */
public enum QuarterAssessment {
    ON_SCHEDULE,
    BEHIND,
    AT_RISK;

    /** Anything short of on schedule must say what is wrong. */
    public boolean needsNote() {
        return this != ON_SCHEDULE;
    }
}
