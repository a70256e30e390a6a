package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppraisalRulesTest {

    @Test
    void theDefaultsFollowTheSeed() {
        AppraisalRules rules = AppraisalRules.defaults();

        assertEquals(new AppraisalSettings(15, 3, 25, 30, RemarkCadence.MONTHLY), rules.settings());
        assertEquals(15, rules.getPioneerPercent());
        assertEquals(3, rules.getMinimumBallots());
        assertEquals(25, rules.getLifeMeetingDay());
        assertEquals(30, rules.getSecretariesMeetingDay());
    }

    @ParameterizedTest(name = "settings {0}/{1}/{2}/{3} are accepted")
    @CsvSource({"1, 1, 1, 1", "50, 50, 31, 31", "20, 5, 20, 28"})
    void settingsWithinTheirRangesAreTaken(int percent, int ballots, int lifeDay, int secretariesDay) {
        AppraisalRules rules = AppraisalRules.defaults();
        AppraisalSettings settings = new AppraisalSettings(percent, ballots, lifeDay, secretariesDay, RemarkCadence.MONTHLY);

        rules.change(settings);

        assertEquals(settings, rules.settings());
    }

    @ParameterizedTest(name = "settings {0}/{1}/{2}/{3} are refused as {4}")
    @CsvSource({"0, 3, 25, 30, appraisal.pioneerPercentRange", "51, 3, 25, 30, appraisal.pioneerPercentRange",
            "15, 0, 25, 30, appraisal.minimumBallotsRange", "15, 51, 25, 30, appraisal.minimumBallotsRange"})
    void percentAndBallotsOutOfRangeAreRefusedWithTheirBounds(int percent, int ballots, int lifeDay,
            int secretariesDay, String code) {
        AppraisalRules rules = AppraisalRules.defaults();

        RuleViolation violation = assertRefused(code,
                () -> rules.change(new AppraisalSettings(percent, ballots, lifeDay, secretariesDay, RemarkCadence.MONTHLY)));

        assertArrayEquals(new Object[] {1, 50}, violation.arguments());
        assertEquals(AppraisalRules.DEFAULTS, rules.settings(), "nothing changed");
    }

    @ParameterizedTest(name = "meeting days {0} and {1} are refused")
    @CsvSource({"0, 30", "32, 30", "25, 0", "25, 32"})
    void meetingDaysOutOfTheMonthAreRefused(int lifeDay, int secretariesDay) {
        AppraisalRules rules = AppraisalRules.defaults();

        assertRefused("appraisal.meetingDayRange",
                () -> rules.change(new AppraisalSettings(20, 5, lifeDay, secretariesDay, RemarkCadence.MONTHLY)));

        assertEquals(AppraisalRules.DEFAULTS, rules.settings(), "nothing changed");
    }

    @Test
    void resultsAreShownFromTheMinimumNumberOfBallots() {
        AppraisalRules rules = AppraisalRules.defaults();

        assertFalse(rules.showsResultsOf(2));
        assertTrue(rules.showsResultsOf(3));

        rules.change(new AppraisalSettings(15, 5, 25, 30, RemarkCadence.MONTHLY));
        assertFalse(rules.showsResultsOf(4));
        assertTrue(rules.showsResultsOf(5));
    }

    @Test
    void monthlyRemarksAreCalledForEveryMonthByDefault() {
        AppraisalRules rules = AppraisalRules.defaults();

        for (int month = 1; month <= 12; month++) {
            assertTrue(rules.callsForRemarksIn(YearMonth.of(2026, month)), "month " + month);
        }
    }

    @ParameterizedTest(name = "half-yearly remarks in month {0}: {1}")
    @CsvSource({"1, false", "5, false", "6, true", "7, false", "11, false", "12, true"})
    void halfYearlyRemarksAreCalledForOnlyInTheHalfsLastMonth(int month, boolean called) {
        AppraisalRules rules = AppraisalRules.defaults();
        rules.change(AppraisalRules.DEFAULTS.withRemarkCadence(RemarkCadence.HALF_YEARLY));

        assertEquals(called, rules.callsForRemarksIn(YearMonth.of(2026, month)));
        assertEquals(RemarkCadence.HALF_YEARLY, rules.settings().remarkCadence());
    }

    @Test
    void settingsWithoutACadenceAreRefused() {
        AppraisalRules rules = AppraisalRules.defaults();

        assertRefused("appraisal.remarkCadenceRequired",
                () -> rules.change(AppraisalRules.DEFAULTS.withRemarkCadence(null)));
        assertEquals(AppraisalRules.DEFAULTS, rules.settings(), "nothing changed");
    }
}
