package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.appraisal.MeetingFixtures.NOW;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.RECORDER;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.TOPIC;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.branch;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingTimelinessTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 25);

    @ParameterizedTest(name = "held on {0}, today {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            "2027-03-01, 2027-03-01, ON_TIME",
            "2027-03-25, 2027-03-25, ON_TIME",
            "2027-03-25, 2027-04-30, ON_TIME",
            "2027-03-26, 2027-03-26, LATE",
            "2027-04-02, 2027-04-30, LATE",
            "none, 2027-03-24, PENDING",
            "none, 2027-03-25, PENDING",
            "none, 2027-03-26, MISSING",
            "none, 2027-05-01, MISSING"})
    void aMeetingIsOnTimeUpToItsDueDayInclusive(LocalDate heldOn, LocalDate today, MeetingTimeliness expected) {
        assertEquals(expected, MeetingTimeliness.of(heldOn, DUE, today));
    }

    @ParameterizedTest(name = "the organization-life meeting held on {0}: {1}")
    @CsvSource({"2027-03-25, ON_TIME", "2027-03-26, LATE"})
    void aHeldMeetingJudgesItsOwnDay(LocalDate heldOn, MeetingTimeliness expected) {
        Meeting meeting = Meeting.held(branch(), MeetingKind.ORGANIZATION_LIFE, YearMonth.of(2027, 3), heldOn, TOPIC,
                RECORDER, NOW.plusMonths(1));

        assertEquals(expected, meeting.timeliness(AppraisalRules.defaults()));
    }

    @ParameterizedTest(name = "the February secretaries' meeting held on {0}: {1}")
    @CsvSource({"2027-01-10, ON_TIME", "2027-02-28, ON_TIME", "2027-03-01, LATE"})
    void theFebruarySecretariesMeetingIsDueOnTheMonthsLastDay(LocalDate heldOn, MeetingTimeliness expected) {
        Meeting meeting = Meeting.held(branch(), MeetingKind.SECRETARIES, YearMonth.of(2027, 2), heldOn, TOPIC,
                RECORDER, NOW);

        assertEquals(LocalDate.of(2027, 2, 28), meeting.dueDate(AppraisalRules.defaults()));
        assertEquals(expected, meeting.timeliness(AppraisalRules.defaults()));
    }
}
