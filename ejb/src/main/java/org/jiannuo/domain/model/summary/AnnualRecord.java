package org.jiannuo.domain.model.summary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.yearend.AnnualGrade;

/**
 * One person's year in the annual assessment summary (年度考核汇总, seeds 004, 000): the published monthly grades
 * ★☆○△ counted, the published year-end result, their items' figures over the whole year as the half-year bulletin
 * counts them ({@link LedgerFigures} of the year's {@link Period}), and what they have not done ({@link CoverageGap}).
 */
public record AnnualRecord(long personId, String name, String unitName, boolean partyMember, LedgerFigures figures,
        AnnualGrade result, Set<CoverageGap> gaps) implements Serializable {

    public AnnualRecord {
        gaps = Set.copyOf(gaps);
    }

    /**
     * @param grades         the person's published monthly grades of the year, counted per grade
     * @param items          their approved items of the year as the ledger holds them
     * @param committedItems their items of the year that count as committed (see {@link CoverageGap})
     * @param publishedItems how many of those have been made public
     */
    public static AnnualRecord of(int year, long personId, String name, String unitName, boolean partyMember,
            Map<StarGrade, Integer> grades, List<ItemFacts> items, int committedItems, int publishedItems,
            AnnualGrade result) {
        return new AnnualRecord(personId, name, unitName, partyMember,
                LedgerFigures.of(new Period(year, PeriodKind.YEAR, 1), items, grades), result,
                CoverageGap.of(committedItems, publishedItems, partyMember, result));
    }

    public boolean lacks(CoverageGap gap) {
        return gaps.contains(gap);
    }
}
