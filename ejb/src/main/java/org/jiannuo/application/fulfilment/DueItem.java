package org.jiannuo.application.fulfilment;

import java.io.Serializable;
import java.time.LocalDate;
import org.jiannuo.domain.model.commitment.Commitment;

/**
 * Something the owner has to do about one item.
 *
 * @param date the deadline the reason refers to: the item's, or the rectification's
 * @param submittable the item waits for the owner to submit it, so it has no fulfilment file yet
 */
public record DueItem(long commitmentId, String content, Reason reason, LocalDate date, boolean submittable)
        implements Serializable {

    static DueItem of(Commitment item, Reason reason, LocalDate date) {
        return new DueItem(item.getId(), item.getContent(), reason, date, item.getStatus().isSubmittable());
    }

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
