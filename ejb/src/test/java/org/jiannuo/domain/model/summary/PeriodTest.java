package org.jiannuo.domain.model.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest(name = "{0} is in {1} and {2}")
    @CsvSource({"2026-01-01, 2026-H1, 2026-Q1", "2026-03-31, 2026-H1, 2026-Q1", "2026-04-01, 2026-H1, 2026-Q2",
            "2026-06-30, 2026-H1, 2026-Q2", "2026-07-01, 2026-H2, 2026-Q3", "2026-09-30, 2026-H2, 2026-Q3",
            "2026-10-01, 2026-H2, 2026-Q4", "2026-12-31, 2026-H2, 2026-Q4", "2028-02-29, 2028-H1, 2028-Q1"})
    void aDayFallsInOneHalfAndOneQuarter(LocalDate day, String half, String quarter) {
        assertEquals(half, Period.containing(day, PeriodKind.HALF_YEAR).toString());
        assertEquals(quarter, Period.containing(day, PeriodKind.QUARTER).toString());
    }

    @ParameterizedTest(name = "before {0} the last ended are {1} and {2}")
    @CsvSource({"2026-01-01, 2025-H2, 2025-Q4", "2026-06-30, 2025-H2, 2026-Q1", "2026-07-01, 2026-H1, 2026-Q2",
            "2026-12-31, 2026-H1, 2026-Q3"})
    void theLastEndedPeriodCrossesTheYearEnd(LocalDate day, String half, String quarter) {
        assertEquals(half, Period.lastEndedBefore(day, PeriodKind.HALF_YEAR).toString());
        assertEquals(quarter, Period.lastEndedBefore(day, PeriodKind.QUARTER).toString());
    }

    @Test
    void aHalfHasSixMonthsFromItsFirstDayToItsLast() {
        Period first = Period.parse("2026-H1");
        Period second = Period.parse("2026-h2");

        assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3),
                YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6)), first.months());
        assertEquals(LocalDate.of(2026, 1, 1), first.firstDay());
        assertEquals(LocalDate.of(2026, 6, 30), first.lastDay());
        assertEquals(LocalDate.of(2026, 7, 1), second.firstDay());
        assertEquals(LocalDate.of(2026, 12, 31), second.lastDay());
    }

    @Test
    void aQuarterEndsOnItsMonthsLastDayEvenInFebruary() {
        assertEquals(LocalDate.of(2026, 3, 31), Period.parse("2026-Q1").lastDay());
        assertEquals(List.of(YearMonth.of(2028, 1), YearMonth.of(2028, 2), YearMonth.of(2028, 3)),
                Period.parse("2028-Q1").months());
        assertEquals(LocalDate.of(2026, 12, 31), Period.parse("2026-Q4").lastDay());
        assertTrue(Period.parse("2028-Q1").contains(LocalDate.of(2028, 2, 29)));
        assertFalse(Period.parse("2028-Q1").contains(LocalDate.of(2028, 4, 1)));
    }

    @Test
    void aPeriodHasStartedOnItsFirstDayAndEndedAfterItsLast() {
        Period half = Period.parse("2026-H2");

        assertFalse(half.hasStarted(LocalDate.of(2026, 6, 30)));
        assertTrue(half.hasStarted(LocalDate.of(2026, 7, 1)));
        assertFalse(half.hasEnded(LocalDate.of(2026, 12, 31)));
        assertTrue(half.hasEnded(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void thePreviousOfTheFirstIsTheLastOfTheYearBefore() {
        assertEquals("2025-H2", Period.parse("2026-H1").previous().toString());
        assertEquals("2025-Q4", Period.parse("2026-Q1").previous().toString());
        assertEquals("2026-Q2", Period.parse("2026-Q3").previous().toString());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"2026-H3", "2026-Q5", "2026-Q0", "2026", "26-H1", "2026-M1", "", "2026-H1x"})
    void anythingButAHalfOrAQuarterIsRefused(String text) {
        assertEquals("period.invalid", assertThrows(RuleViolation.class, () -> Period.parse(text)).code());
    }

    @Test
    void nullIsRefusedLikeAnyOtherText() {
        assertEquals("period.invalid", assertThrows(RuleViolation.class, () -> Period.parse(null)).code());
    }
}
