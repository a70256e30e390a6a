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
    private static final HourlyLimit LIMIT = PublicityRules.DEFAULT_OBJECTION_LIMIT;

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
                + "2026-10-10 work", LIMIT);

        PublicityPeriod period = rules.periodFrom(LocalDate.of(2026, 9, 30));

        // 8, 9, 10 (worked Saturday), 12, 13 October.
        assertEquals(LocalDate.of(2026, 10, 13), period.lastDay());
        assertTrue(rules.calendar().isWorkingDay(LocalDate.of(2026, 10, 10)));
        assertFalse(rules.calendar().isWorkingDay(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void theNumberOfDaysIsASettingWithinItsRange() {
        PublicityRules rules = new PublicityRules();
        rules.change(1, null, LIMIT);
        assertEquals(LocalDate.of(2026, 11, 3), rules.periodFrom(MONDAY).lastDay());
        rules.change(30, "", LIMIT);
        assertEquals(30, rules.getWorkingDays());

        assertEquals("publicity.workingDaysRange", assertThrows(RuleViolation.class, () -> rules.change(0, null, LIMIT)).code());
        assertEquals("publicity.workingDaysRange", assertThrows(RuleViolation.class, () -> rules.change(31, null, LIMIT)).code());
        assertEquals(30, rules.getWorkingDays());
    }

    @Test
    void aCalendarLineThatDoesNotReadIsRefusedWhole() {
        PublicityRules rules = new PublicityRules();

        assertEquals("publicity.calendarLine",
                assertThrows(RuleViolation.class, () -> rules.change(5, "2026-10-01 off\n2026-13-01 off", LIMIT)).code());
        assertEquals("publicity.calendarLine",
                assertThrows(RuleViolation.class, () -> rules.change(5, "2026-10-01 holiday", LIMIT)).code());
        assertEquals("", rules.getCalendarDays());
    }

    @Test
    void theObjectionLimitIsASettingWithinItsRange() {
        PublicityRules rules = new PublicityRules();
        assertEquals(new HourlyLimit(5, 20), rules.objectionLimit());
        rules.change(5, null, new HourlyLimit(1, 1000));
        assertEquals(new HourlyLimit(1, 1000), rules.objectionLimit());

        assertEquals("publicity.hourlyLimitRange", assertThrows(RuleViolation.class, () -> new HourlyLimit(0, 20)).code());
        assertEquals("publicity.hourlyLimitRange", assertThrows(RuleViolation.class, () -> new HourlyLimit(5, 1001)).code());
        assertEquals("publicity.hourlyLimitRange", assertThrows(RuleViolation.class, () -> rules.change(5, null, null)).code());
        assertEquals(new HourlyLimit(1, 1000), rules.objectionLimit(), "a refused change changes nothing");
    }

    @Test
    void theNPlusFirstSubmissionOfAnHourIsRefusedPerAddressAndPerTarget() {
        HourlyLimit limit = new HourlyLimit(3, 5);
        limit.checkAddress(2, "objection.tooMany");
        limit.checkTarget(4, "objection.tooMany");

        HourlyLimitReached fromAddress = assertThrows(HourlyLimitReached.class, () -> limit.checkAddress(3, "objection.tooMany"));
        assertEquals("objection.tooMany", fromAddress.code());
        assertEquals(3, fromAddress.arguments()[0]);
        HourlyLimitReached onTarget = assertThrows(HourlyLimitReached.class, () -> limit.checkTarget(5, "objection.tooMany"));
        assertEquals(5, onTarget.arguments()[0]);
    }
}
