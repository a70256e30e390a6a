package org.jiannuo.domain.model.summary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.appraisal.StarGrade;

/**
 * The figures of a period's summary: the ledger's items, how many were closed out, on schedule, late and
 * rectified in it ({@link ItemCounts}), and the published monthly grades ★☆○△ given in its months.
 */
public record LedgerFigures(int items, int closed, int onSchedule, int late, int rectified, int pioneer,
        int qualified, int basicallyQualified, int lagging) implements Serializable {

    public static LedgerFigures of(Period period, List<ItemFacts> items, Map<StarGrade, Integer> grades) {
        return of(ItemCounts.of(period, items), grades);
    }

    public static LedgerFigures of(ItemCounts items, Map<StarGrade, Integer> grades) {
        return new LedgerFigures(items.items(), items.closed(), items.onSchedule(), items.late(), items.rectified(),
                grades.getOrDefault(StarGrade.PIONEER, 0), grades.getOrDefault(StarGrade.QUALIFIED, 0),
                grades.getOrDefault(StarGrade.BASICALLY_QUALIFIED, 0), grades.getOrDefault(StarGrade.LAGGING, 0));
    }
}
