package org.jiannuo.domain.model.summary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.appraisal.StarGrade;

/**
 * The figures of a period's summary: the ledger's items, how many were closed out, on schedule, late and
 * rectified in it (see {@link ItemFacts}), and the published monthly grades ★☆○△ given in its months.
 */
public record LedgerFigures(int items, int closed, int onSchedule, int late, int rectified, int pioneer,
        int qualified, int basicallyQualified, int lagging) implements Serializable {

    public static LedgerFigures of(Period period, List<ItemFacts> items, Map<StarGrade, Integer> grades) {
        return new LedgerFigures(items.size(),
                (int) items.stream().filter(item -> item.closedBy(period)).count(),
                (int) items.stream().filter(item -> item.onScheduleBy(period)).count(),
                (int) items.stream().filter(item -> item.lateIn(period)).count(),
                (int) items.stream().filter(item -> item.rectifiedIn(period)).count(),
                grades.getOrDefault(StarGrade.PIONEER, 0), grades.getOrDefault(StarGrade.QUALIFIED, 0),
                grades.getOrDefault(StarGrade.BASICALLY_QUALIFIED, 0), grades.getOrDefault(StarGrade.LAGGING, 0));
    }
}
