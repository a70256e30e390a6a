package org.jiannuo.domain.model.summary;

import static org.jiannuo.domain.model.appraisal.StarGrade.BASICALLY_QUALIFIED;
import static org.jiannuo.domain.model.appraisal.StarGrade.LAGGING;
import static org.jiannuo.domain.model.appraisal.StarGrade.PIONEER;
import static org.jiannuo.domain.model.appraisal.StarGrade.QUALIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.junit.jupiter.api.Test;

class StandingRuleTest {

    private static final Period H1 = Period.parse("2026-H1");
    private static final Period Q2 = Period.parse("2026-Q2");

    @Test
    void halfTheMonthsAsPioneerAreNeeded() {
        assertEquals(3, StandingRule.pioneerMonthsNeeded(H1));
        assertEquals(2, StandingRule.pioneerMonthsNeeded(Q2));
    }

    @Test
    void threePioneerMonthsOfSixMakeAnAdvancedMemberAndTwoDoNot() {
        assertEquals(Standing.Kind.ADVANCED, StandingRule.of(member(grades(PIONEER, PIONEER, PIONEER, QUALIFIED)),
                H1).kind());
        assertEquals(Standing.Kind.NEITHER, StandingRule.of(member(grades(PIONEER, PIONEER, QUALIFIED, QUALIFIED,
                QUALIFIED, QUALIFIED)), H1).kind());
    }

    @Test
    void oneLaggingMonthMakesALaggingMemberWhateverTheRest() {
        Standing standing = StandingRule.of(member(grades(PIONEER, PIONEER, PIONEER, PIONEER, PIONEER, LAGGING)), H1);

        assertEquals(Standing.Kind.LAGGING, standing.kind());
        assertEquals(5, standing.pioneerMonths());
        assertEquals(1, standing.laggingMonths());
    }

    @Test
    void aBasicallyQualifiedMonthIsNeitherAdvancedNorLagging() {
        assertEquals(Standing.Kind.NEITHER, StandingRule.of(member(grades(BASICALLY_QUALIFIED)), H1).kind());
        assertEquals(Standing.Kind.NEITHER, StandingRule.of(member(Map.of()), H1).kind(), "never graded");
    }

    @Test
    void anItemLateInTheHalfMakesAPioneerLagging() {
        ItemFacts late = item(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), null, List.of());

        Standing standing = StandingRule.of(member(grades(PIONEER, PIONEER, PIONEER), late), H1);

        assertEquals(Standing.Kind.LAGGING, standing.kind());
        assertEquals(1, standing.lateItems());
    }

    @Test
    void anItemLateOnlyAfterTheHalfOrClosedBeforeItDoesNotCount() {
        ItemFacts lateAfter = item(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1), null, List.of());
        ItemFacts closedBefore = item(LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 20),
                List.of());

        assertEquals(Standing.Kind.ADVANCED, StandingRule.of(member(grades(PIONEER, PIONEER, PIONEER), lateAfter,
                closedBefore), H1).kind());
    }

    @Test
    void aRectificationOrderedInTheHalfMakesLaggingOneOrderedBeforeDoesNot() {
        ItemFacts ordered = item(LocalDate.of(2026, 12, 31), null, null, List.of(LocalDateTime.of(2026, 6, 30, 23, 59)));
        ItemFacts earlier = item(LocalDate.of(2026, 12, 31), null, null, List.of(LocalDateTime.of(2025, 12, 31, 23, 59)));

        assertEquals(Standing.Kind.LAGGING, StandingRule.of(member(Map.of(), ordered), H1).kind());
        assertEquals(Standing.Kind.NEITHER, StandingRule.of(member(Map.of(), earlier), H1).kind());
    }

    @Test
    void theNamedAreTheAdvancedFirstThenTheLagging() {
        List<MemberRecord> members = List.of(
                new MemberRecord(1, "王五", grades(LAGGING), List.of()),
                new MemberRecord(2, "张三", grades(PIONEER, PIONEER, PIONEER), List.of()),
                new MemberRecord(3, "李四", grades(PIONEER, PIONEER, PIONEER, PIONEER), List.of()),
                new MemberRecord(4, "赵六", grades(QUALIFIED), List.of()));

        List<Standing> named = StandingRule.named(members, H1);

        assertEquals(List.of("李四", "张三", "王五"), named.stream().map(Standing::name).toList());
    }

    @Test
    void theFiguresCountTheLedgerAsOfThePeriodsEnd() {
        List<ItemFacts> items = List.of(
                item(LocalDate.of(2026, 5, 31), null, LocalDate.of(2026, 5, 20), List.of()),
                item(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), List.of()),
                item(LocalDate.of(2026, 12, 31), null, LocalDate.of(2026, 7, 1), List.of()),
                item(LocalDate.of(2026, 12, 31), null, null, List.of(LocalDateTime.of(2026, 1, 1, 0, 0))));

        LedgerFigures figures = LedgerFigures.of(H1, items, Map.of(PIONEER, 2, LAGGING, 1));

        assertEquals(new LedgerFigures(4, 2, 1, 1, 1, 2, 0, 0, 1), figures);
    }

    private static Map<YearMonth, StarGrade> grades(StarGrade... grades) {
        Map<YearMonth, StarGrade> byMonth = new HashMap<>();
        for (int month = 0; month < grades.length; month++) {
            byMonth.put(YearMonth.of(2026, month + 1), grades[month]);
        }
        return byMonth;
    }

    private static MemberRecord member(Map<YearMonth, StarGrade> grades, ItemFacts... items) {
        return new MemberRecord(1, "张三", grades, List.of(items));
    }

    private static ItemFacts item(LocalDate due, LocalDate overdueSince, LocalDate closedOn, List<LocalDateTime> rectified) {
        return new ItemFacts(1L, "张三", "走访联系户", due, overdueSince, closedOn, closedOn == null ? 50 : 100, rectified);
    }
}
