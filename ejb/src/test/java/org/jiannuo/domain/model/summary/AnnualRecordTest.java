package org.jiannuo.domain.model.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.junit.jupiter.api.Test;

class AnnualRecordTest {

    @Test
    void aPersonWithoutASubmittedItemHasNotCommittedAndIsNotAlsoCountedAsUnpublished() {
        assertEquals(Set.of(CoverageGap.NOT_COMMITTED, CoverageGap.NOT_EVALUATED),
                CoverageGap.of(0, 0, true, null));
    }

    @Test
    void committedItemsNoneOfThemPublicAreNotPublished() {
        assertEquals(Set.of(CoverageGap.NOT_PUBLISHED), CoverageGap.of(3, 0, true, AnnualGrade.QUALIFIED));
        assertEquals(Set.of(), CoverageGap.of(3, 1, true, AnnualGrade.EXCELLENT), "one public item is enough");
    }

    @Test
    void onlyPartyMembersAreOwedAYearEndResult() {
        assertEquals(Set.of(), CoverageGap.of(2, 2, false, null), "activists and non-party staff are not evaluated");
        assertEquals(Set.of(CoverageGap.NOT_EVALUATED), CoverageGap.of(2, 2, true, null));
    }

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
        AnnualRecord record = AnnualRecord.of(2026, 7, "张伟", "第一支部", true,
                Map.of(StarGrade.PIONEER, 3, StarGrade.QUALIFIED, 8, StarGrade.LAGGING, 1),
                List.of(closedOnTime, lateThenClosed, lateSinceLastYear), 3, 2, AnnualGrade.EXCELLENT);

        LedgerFigures figures = record.figures();
        assertEquals(3, figures.items());
        assertEquals(2, figures.closed());
        assertEquals(1, figures.onSchedule());
        assertEquals(2, figures.late(), "late in the year, whether closed later or not");
        assertEquals(1, figures.rectified(), "last December's rectification belongs to last year");
        assertEquals(3, figures.pioneer());
        assertEquals(8, figures.qualified());
        assertEquals(0, figures.basicallyQualified());
        assertEquals(1, figures.lagging());
        assertFalse(record.lacks(CoverageGap.NOT_EVALUATED));
        assertTrue(record.gaps().isEmpty());
    }

    private static ItemFacts item(LocalDate due, LocalDate overdueSince, LocalDate closedOn,
            List<LocalDateTime> rectifications) {
        return new ItemFacts(7L, "张伟", "每月走访联系户", due, overdueSince, closedOn, closedOn == null ? 50 : 100,
                rectifications);
    }
}
