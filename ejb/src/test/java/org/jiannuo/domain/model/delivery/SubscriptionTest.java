package org.jiannuo.domain.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 30, 9, 0);

    private static Subscription on(int day, int hour) {
        return new Subscription(ReportKind.LEDGER, Role.BRANCH_SECRETARY, day, hour, "admin", CREATED);
    }

    @Test
    void isDueFromItsDayAndHourOfTheMonthOn() {
        Subscription subscription = on(5, 8);
        assertFalse(subscription.isDue(LocalDateTime.of(2026, 12, 4, 23, 59)));
        assertFalse(subscription.isDue(LocalDateTime.of(2026, 12, 5, 7, 59)));
        assertTrue(subscription.isDue(LocalDateTime.of(2026, 12, 5, 8, 0)));
        assertTrue(subscription.isDue(LocalDateTime.of(2026, 12, 6, 0, 0)), "a missed firing is made up");
    }

    @Test
    void aPausedSubscriptionIsNeverDue() {
        Subscription subscription = on(1, 0);
        subscription.pause();
        assertFalse(subscription.isDue(LocalDateTime.of(2026, 12, 20, 12, 0)));
        subscription.resume();
        assertTrue(subscription.isDue(LocalDateTime.of(2026, 12, 20, 12, 0)));
    }

    @Test
    void theScheduleKeepsToDaysEveryMonthHas() {
        assertEquals("subscription.day", assertThrows(RuleViolation.class, () -> on(0, 8)).code());
        assertEquals("subscription.day", assertThrows(RuleViolation.class, () -> on(29, 8)).code());
        on(28, 23);
        assertEquals("subscription.hour", assertThrows(RuleViolation.class, () -> on(1, 24)).code());
        assertEquals("subscription.hour", assertThrows(RuleViolation.class, () -> on(1, -1)).code());
    }

    @Test
    void goesToLeadersAndSecretariesOnly() {
        assertEquals("subscription.audience", assertThrows(RuleViolation.class, () -> new Subscription(
                ReportKind.LEDGER, Role.MEMBER, 1, 0, "admin", CREATED)).code());
        assertEquals("subscription.audience", assertThrows(RuleViolation.class, () -> new Subscription(
                ReportKind.LEDGER, Role.DEPARTMENT_ADMIN, 1, 0, "admin", CREATED)).code());
        new Subscription(ReportKind.LEDGER, Role.LEADER, 1, 0, "admin", CREATED);
        new Subscription(ReportKind.LEDGER, Role.COMMITTEE_SECRETARY, 1, 0, "admin", CREATED);
    }

    @Test
    void theAnnualSummaryDeliversTheYearJustEnded() {
        assertEquals("2025", new Subscription(ReportKind.ANNUAL_SUMMARY, Role.LEADER, 1, 0, "admin", CREATED)
                .getReport().periodBefore(LocalDate.of(2026, 1, 5)));
        assertEquals("2025", ReportKind.ANNUAL_SUMMARY.periodBefore(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void eachReportDeliversThePeriodJustEnded() {
        assertEquals("2026-11", ReportKind.LEDGER.periodBefore(LocalDate.of(2026, 12, 5)));
        assertEquals("2025-12", ReportKind.EVALUATION_TABLES.periodBefore(LocalDate.of(2026, 1, 5)));
        assertEquals("2025-H2", ReportKind.HALF_YEAR_BULLETIN.periodBefore(LocalDate.of(2026, 1, 5)));
        assertEquals("2025-H2", ReportKind.HALF_YEAR_BULLETIN.periodBefore(LocalDate.of(2026, 6, 30)));
        assertEquals("2026-H1", ReportKind.HALF_YEAR_BULLETIN.periodBefore(LocalDate.of(2026, 7, 1)));
        assertEquals("2026-H1", ReportKind.HALF_YEAR_BULLETIN.periodBefore(LocalDate.of(2026, 12, 31)));
    }
}
