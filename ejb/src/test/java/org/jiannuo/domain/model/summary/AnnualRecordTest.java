package org.jiannuo.domain.model.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.junit.jupiter.api.Test;

class AnnualRecordTest {

    @Test
    void draftsAndRejectedItemsAreNotCommitments() {
        assertEquals(2, CoverageGap.notCommitting().size());
        assertTrue(CoverageGap.notCommitting().stream().noneMatch(status -> status.isApproved()));
    }

    @Test
    void theYearsFiguresCountItemsAsTheBulletinDoesOverTheWholeYear() {
        ItemFacts closedOnTime = item(LocalDate.of(2026, 6, 30), null, LocalDate.of(2026, 6, 1), List.of());
        ItemFacts lateThenClosed = item(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 2),
                List.of(LocalDateTime.of(2026, 4, 10, 9, 0)));
        ItemFacts lateSinceLastYear = item(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), null,
                List.of(LocalDateTime.of(2025, 12, 20, 9, 0)));
        ItemCounts counts = ItemCounts.of(new Period(2026, PeriodKind.YEAR, 1),
                List.of(closedOnTime, lateThenClosed, lateSinceLastYear));

        assertEquals(new ItemCounts(3, 2, 1, 2, 1), counts,
                "late in the year whether closed later or not; last December's rectification belongs to last year");
        assertEquals(new LedgerFigures(3, 2, 1, 2, 1, 3, 8, 0, 1),
                LedgerFigures.of(counts, Map.of(StarGrade.PIONEER, 3, StarGrade.QUALIFIED, 8, StarGrade.LAGGING, 1)));
    }

    private static ItemFacts item(LocalDate due, LocalDate overdueSince, LocalDate closedOn,
            List<LocalDateTime> rectifications) {
        return new ItemFacts(7L, "张伟", "每月走访联系户", due, overdueSince, closedOn, closedOn == null ? 50 : 100,
                rectifications);
    }
}
