package org.jiannuo.application.fulfilment;

import java.io.Serializable;

/**
 * How far the approved items of one unit's subtree have come.
 *
 * @param items    approved items (registered onwards)
 * @param closed   of those, closed out
 * @param overdue  of those, late and not closed out
 */
public record UnitCompletion(long unitId, String unitName, boolean hasChildren, long items, long closed,
        long overdue, double averageProgress) implements Serializable {

    /** Closed out as a share of all items, in percent; 0 for a unit without items. */
    public double completionRate() {
        return items == 0 ? 0 : 100.0 * closed / items;
    }

    public double overdueRate() {
        return items == 0 ? 0 : 100.0 * overdue / items;
    }
}
