package org.jiannuo.domain.model.summary;

import java.io.Serializable;
import java.util.List;

/**
 * How many of the ledger's items a period's summary counts, and how many of them were closed out, on schedule, late
 * and rectified in it, by the rules of {@link ItemFacts}. The annual summary has the database count the same for a
 * county's people at once ({@link SummaryRepository#itemCountsOwnedBy}).
 */
public record ItemCounts(int items, int closed, int onSchedule, int late, int rectified) implements Serializable {

    public static final ItemCounts NONE = new ItemCounts(0, 0, 0, 0, 0);

    public static ItemCounts of(Period period, List<ItemFacts> items) {
        return new ItemCounts(items.size(),
                (int) items.stream().filter(item -> item.closedBy(period)).count(),
                (int) items.stream().filter(item -> item.onScheduleBy(period)).count(),
                (int) items.stream().filter(item -> item.lateIn(period)).count(),
                (int) items.stream().filter(item -> item.rectifiedIn(period)).count());
    }
}
