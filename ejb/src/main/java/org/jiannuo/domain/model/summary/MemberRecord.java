package org.jiannuo.domain.model.summary;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.appraisal.StarGrade;

/** One member's half: their published monthly grades, and their items as the ledger holds them. */
public record MemberRecord(long personId, String name, Map<YearMonth, StarGrade> grades, List<ItemFacts> items)
        implements Serializable {

    public MemberRecord {
        grades = Map.copyOf(grades);
        items = List.copyOf(items);
    }

    public int monthsGraded(StarGrade grade) {
        return (int) grades.values().stream().filter(grade::equals).count();
    }

    public int lateIn(Period period) {
        return (int) items.stream().filter(item -> item.lateIn(period)).count();
    }

    public int rectifiedIn(Period period) {
        return (int) items.stream().filter(item -> item.rectifiedIn(period)).count();
    }
}
