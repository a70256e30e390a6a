package org.jiannuo.domain.model.summary;

import java.io.Serializable;
import java.util.Set;
import org.jiannuo.domain.model.yearend.AnnualGrade;

/**
 * One person's year in the annual assessment summary (年度考核汇总, seeds 004, 000): the published monthly grades
 * ★☆○△ counted, the published year-end result, their items' figures over the whole year as the half-year bulletin
 * counts them ({@link ItemCounts} of the year's {@link Period}), and what they have not done ({@link CoverageGap}).
 */
public record AnnualRecord(long personId, String name, String unitName, boolean partyMember, LedgerFigures figures,
        AnnualGrade result, Set<CoverageGap> gaps) implements Serializable {

    public AnnualRecord {
        gaps = Set.copyOf(gaps);
    }

    public boolean lacks(CoverageGap gap) {
        return gaps.contains(gap);
    }
}
