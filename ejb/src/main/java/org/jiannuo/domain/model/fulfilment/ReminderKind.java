package org.jiannuo.domain.model.fulfilment;

/** Why the daily sweep reminds an owner. */
public enum ReminderKind {
    /** No record yet for this month, and the month's reminder day has come. */
    RECORD_MISSING,
    /** The item's deadline is within the tenant's warning days. */
    DEADLINE_APPROACHING,
    /** The item's deadline has passed and it is not done. */
    OVERDUE,
    /** A rectification's deadline has passed while it is still open. */
    RECTIFICATION_OVERDUE
}
