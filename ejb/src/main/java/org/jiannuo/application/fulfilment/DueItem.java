package org.jiannuo.application.fulfilment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Something the owner has to do about one item.
 *
 * @param date the deadline the reason refers to: the item's, or the rectification's
 */
public record DueItem(long commitmentId, String content, Reason reason, LocalDate date) implements Serializable {

    /** Why the item is on the list, the most pressing first. */
    public enum Reason {
        /** The item is late. */
        OVERDUE,
        /** A rectification waits for the owner. */
        RECTIFICATION_OPEN,
        /** The reviewer sent the item back for revision. */
        RETURNED,
        /** The deadline is near. */
        DUE_SOON,
        /** No record yet for this month. */
        RECORD_MISSING,
        /** Written but not yet submitted. */
        DRAFT
    }
}
