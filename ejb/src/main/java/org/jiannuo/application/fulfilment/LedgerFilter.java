package org.jiannuo.application.fulfilment;

import java.io.Serializable;
import org.jiannuo.domain.model.commitment.CommitmentStatus;

/**
 * Which part of the ledger to show and in which order.
 *
 * @param unitId    the branch or committee whose subtree the ledger covers
 * @param status    only items in this state, or all approved items when null
 * @param category  only this category, or all when null
 * @param text      owner name or content containing this, or all when blank
 * @param overdueOnly only items that went late and are not closed out
 * @param sort      the column to sort by, or the ledger's order (unit, owner) when null
 */
public record LedgerFilter(long unitId, int year, CommitmentStatus status, String category, String text,
        boolean overdueOnly, LedgerSort sort, boolean descending) implements Serializable {

    public static LedgerFilter of(long unitId, int year) {
        return new LedgerFilter(unitId, year, null, null, null, false, null, false);
    }

    public LedgerFilter sortedBy(LedgerSort column, boolean inDescendingOrder) {
        return new LedgerFilter(unitId, year, status, category, text, overdueOnly, column, inDescendingOrder);
    }

    /** The ledger's columns that sort. */
    public enum LedgerSort {
        UNIT, OWNER, CATEGORY, DUE_DATE, STATUS, PROGRESS, LAST_RECORD, OVERDUE_SINCE
    }
}
