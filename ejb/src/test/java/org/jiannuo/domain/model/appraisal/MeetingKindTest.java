package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingKindTest {

    private final AppraisalRules defaults = AppraisalRules.defaults();

    @ParameterizedTest(name = "the organization-life meeting of {0} is due on {1}")
    @CsvSource({"2027-01, 2027-01-25", "2027-02, 2027-02-25", "2027-03, 2027-03-25", "2028-02, 2028-02-25"})
    void theOrganizationLifeMeetingIsDueOnThe25th(YearMonth period, LocalDate expected) {
        assertEquals(expected, MeetingKind.ORGANIZATION_LIFE.dueDate(period, defaults));
    }

    @Test
    void theOrganizationLifeMeetingDayFollowsTheTenantsSetting() {
        AppraisalRules rules = AppraisalRules.defaults();
        rules.change(new AppraisalSettings(15, 3, 20, 30, RemarkCadence.MONTHLY));

        assertEquals(LocalDate.of(2027, 3, 20), MeetingKind.ORGANIZATION_LIFE.dueDate(YearMonth.of(2027, 3), rules));
        assertEquals(LocalDate.of(2027, 4, 30), MeetingKind.SECRETARIES.dueDate(YearMonth.of(2027, 4), rules),
                "the secretaries' day is a separate setting");
    }

    @ParameterizedTest(name = "the secretaries' meeting of {0} is due on {1}")
    @CsvSource({"2027-02, 2027-02-28", "2028-02, 2028-02-29", "2027-04, 2027-04-30", "2027-06, 2027-06-30",
            "2027-08, 2027-08-30", "2027-12, 2027-12-30"})
    void theSecretariesMeetingIsDueOnThe30thOrTheLastDayOfFebruary(YearMonth period, LocalDate expected) {
        assertEquals(expected, MeetingKind.SECRETARIES.dueDate(period, defaults));
    }

    @ParameterizedTest(name = "with day 31 the {0} meeting of {1} is due on {2}")
    @CsvSource({"ORGANIZATION_LIFE, 2027-04, 2027-04-30", "ORGANIZATION_LIFE, 2027-03, 2027-03-31",
            "ORGANIZATION_LIFE, 2027-02, 2027-02-28", "SECRETARIES, 2027-04, 2027-04-30",
            "SECRETARIES, 2027-08, 2027-08-31"})
    void aDayBeyondTheMonthsEndIsClampedToItsLastDay(MeetingKind kind, YearMonth period, LocalDate expected) {
        AppraisalRules rules = AppraisalRules.defaults();
        rules.change(new AppraisalSettings(15, 3, 31, 31, RemarkCadence.MONTHLY));

        assertEquals(expected, kind.dueDate(period, rules));
    }

    @ParameterizedTest(name = "secretaries meet in month {0}")
    @ValueSource(ints = {2, 4, 6, 8, 10, 12})
    void secretariesMeetInEvenMonths(int month) {
        YearMonth period = YearMonth.of(2027, month);

        assertTrue(MeetingKind.SECRETARIES.meetsIn(period));
        assertDoesNotThrow(() -> MeetingKind.SECRETARIES.requirePeriod(period));
    }

    @ParameterizedTest(name = "secretaries do not meet in month {0}")
    @ValueSource(ints = {1, 3, 5, 7, 9, 11})
    void secretariesDoNotMeetInOddMonths(int month) {
        YearMonth period = YearMonth.of(2027, month);

        assertFalse(MeetingKind.SECRETARIES.meetsIn(period));
        RuleViolation violation = assertRefused("meeting.secretariesEvenMonth",
                () -> MeetingKind.SECRETARIES.requirePeriod(period));
        assertArrayEquals(new Object[] {month}, violation.arguments());
    }

    @ParameterizedTest(name = "branches meet in month {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void branchesMeetEveryMonth(int month) {
        YearMonth period = YearMonth.of(2027, month);

        assertTrue(MeetingKind.ORGANIZATION_LIFE.meetsIn(period));
        assertDoesNotThrow(() -> MeetingKind.ORGANIZATION_LIFE.requirePeriod(period));
    }

    @ParameterizedTest(name = "the {0} meeting of {1} may be held from {2}")
    @CsvSource({"ORGANIZATION_LIFE, 2027-03, 2027-03-01", "ORGANIZATION_LIFE, 2027-01, 2027-01-01",
            "SECRETARIES, 2027-04, 2027-03-01", "SECRETARIES, 2027-02, 2027-01-01",
            "SECRETARIES, 2028-12, 2028-11-01"})
    void theEarliestDayIsTheFirstOfThePeriodOrOfTheBimonthForSecretaries(MeetingKind kind, YearMonth period,
            LocalDate expected) {
        assertEquals(expected, kind.earliestDay(period));
    }

    @Test
    void onlyTheSecretariesMeetingRatesOrganizations() {
        assertTrue(MeetingKind.SECRETARIES.ratesOrganizations());
        assertFalse(MeetingKind.ORGANIZATION_LIFE.ratesOrganizations());
    }

    @Test
    void theMonthlyMeetingGradesMembersAndStaffAndTheBranchSecretaryPublishes() {
        assertEquals(List.of(GradingGroup.MEMBERS, GradingGroup.STAFF), MeetingKind.ORGANIZATION_LIFE.gradingGroups());
        assertEquals(GradingGroup.MEMBERS, MeetingKind.ORGANIZATION_LIFE.publishingGroup(),
                "who grades the members (the branch secretary) publishes, not the administrative head");
    }

    @Test
    void theSecretariesMeetingGradesTheBranchesAndTheSuperiorsSecretaryPublishes() {
        assertEquals(List.of(GradingGroup.ORGANIZATIONS), MeetingKind.SECRETARIES.gradingGroups());
        assertEquals(GradingGroup.ORGANIZATIONS, MeetingKind.SECRETARIES.publishingGroup());
    }

    @Test
    void everyGroupIsGradedAtExactlyOneKindOfMeeting() {
        for (GradingGroup group : GradingGroup.values()) {
            assertEquals(1, Arrays.stream(MeetingKind.values()).filter(kind -> kind.gradingGroups().contains(group))
                    .count(), group + " is graded at one kind of meeting");
        }
        for (MeetingKind kind : MeetingKind.values()) {
            assertTrue(kind.gradingGroups().contains(kind.publishingGroup()), kind + " publishes a group it grades");
        }
    }
}
