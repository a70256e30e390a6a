package org.jiannuo.domain.model.publicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PublicityPeriodTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 6);

    @Test
    void fiveWorkingDaysFromAMondayEndTheNextMonday() {
        PublicityPeriod period = new PublicityRules().periodFrom(MONDAY);

        assertEquals(LocalDate.of(2026, 11, 9), period.lastDay());
        assertTrue(period.includes(MONDAY));
        assertTrue(period.includes(LocalDate.of(2026, 11, 9)));
        assertFalse(period.includes(LocalDate.of(2026, 11, 10)));
        assertTrue(period.isOver(LocalDate.of(2026, 11, 10)));
        assertFalse(period.isOver(LocalDate.of(2026, 11, 9)));
    }

    @Test
    void weekendsAreSkipped() {
        assertEquals(LocalDate.of(2026, 11, 13), new PublicityRules().periodFrom(FRIDAY).lastDay());
    }

    @Test
    void holidaysAreSkippedAndAdjustedWorkingDaysCount() {
        PublicityRules rules = new PublicityRules();
        // National Day 2026: 1-7 October off, Saturday 10 October worked instead.
        rules.change(5, "2026-10-01 off\n2026-10-02 off\n2026-10-05 off\n2026-10-06 off\n2026-10-07 off\n"
                + "2026-10-10 work");

        PublicityPeriod period = rules.periodFrom(LocalDate.of(2026, 9, 30));

        // 8, 9, 10 (worked Saturday), 12, 13 October.
        assertEquals(LocalDate.of(2026, 10, 13), period.lastDay());
        assertTrue(rules.calendar().isWorkingDay(LocalDate.of(2026, 10, 10)));
        assertFalse(rules.calendar().isWorkingDay(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void theNumberOfDaysIsASettingWithinItsRange() {
        PublicityRules rules = new PublicityRules();
        rules.change(1, null);
        assertEquals(LocalDate.of(2026, 11, 3), rules.periodFrom(MONDAY).lastDay());
        rules.change(30, "");
        assertEquals(30, rules.getWorkingDays());

        assertEquals("publicity.workingDaysRange", assertThrows(RuleViolation.class, () -> rules.change(0, null)).code());
        assertEquals("publicity.workingDaysRange", assertThrows(RuleViolation.class, () -> rules.change(31, null)).code());
        assertEquals(30, rules.getWorkingDays());
    }

    @Test
    void aCalendarLineThatDoesNotReadIsRefusedWhole() {
        PublicityRules rules = new PublicityRules();

        assertEquals("publicity.calendarLine",
                assertThrows(RuleViolation.class, () -> rules.change(5, "2026-10-01 off\n2026-13-01 off")).code());
        assertEquals("publicity.calendarLine",
                assertThrows(RuleViolation.class, () -> rules.change(5, "2026-10-01 holiday")).code());
        assertEquals("", rules.getCalendarDays());
    }
}
