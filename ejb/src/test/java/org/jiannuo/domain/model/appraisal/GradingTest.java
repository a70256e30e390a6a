package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.appraisal.MeetingFixtures.NOW;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.PERIOD;
import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.branch;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.closedMeeting;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.lifeMeeting;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.member;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.person;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.publishedMeeting;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradingTest {

    private static final String REASON = "本月带头完成急难险重任务";

    private static Grading gradingOfMember(Meeting meeting) {
        return new Grading(new BallotTally(meeting, 1, Subject.of(member())));
    }

    @Test
    void aGradingKeepsTheSubjectAndPeriod() {
        Meeting meeting = closedMeeting();
        Grading staff = new Grading(
                new BallotTally(meeting, 2, Subject.of(person(9L, "赵明", PartyStatus.NON_PARTY_STAFF))));
        OrgUnit unit = branch();
        Grading organization = new Grading(new BallotTally(meeting, 3, Subject.of(unit)));

        Grading member = gradingOfMember(meeting);

        assertEquals("P7", member.getSubjectKey());
        assertEquals(GradingGroup.MEMBERS, member.getGroup());
        assertEquals("王秀英", member.getSubjectName());
        assertEquals(PERIOD, member.getPeriod());
        assertEquals("P9", staff.getSubjectKey());
        assertEquals(GradingGroup.STAFF, staff.getGroup());
        assertEquals("U11", organization.getSubjectKey());
        assertEquals(GradingGroup.ORGANIZATIONS, organization.getGroup());
        assertEquals(unit, organization.getSubjectUnit());
        assertEquals("第一支部", organization.getSubjectName());
    }

    @Test
    void theBallotsSuggestionIsRecordedWithTheGrade() {
        Grading grading = gradingOfMember(closedMeeting());

        grading.grade(StarGrade.QUALIFIED, StarGrade.QUALIFIED, "   ", "shuji", NOW);

        assertEquals(StarGrade.QUALIFIED, grading.getGrade());
        assertEquals(StarGrade.QUALIFIED, grading.getSuggested());
        assertNull(grading.getReason(), "a blank reason is kept as none");
    }

    @Test
    void gradingWaitsForTheBallotToClose() {
        Meeting notOpened = lifeMeeting();
        Meeting open = lifeMeeting();
        open.openBallot(BallotMode.ELECTRONIC);

        assertRefused("ballot.notClosed",
                () -> gradingOfMember(notOpened).grade(StarGrade.QUALIFIED, null, null, "shuji", NOW));
        assertRefused("ballot.notClosed",
                () -> gradingOfMember(open).grade(StarGrade.QUALIFIED, null, null, "shuji", NOW));
    }

    @Test
    void aConfirmedGroupIsNoLongerGradedButOtherGroupsAre() {
        Meeting meeting = closedMeeting();
        Grading member = gradingOfMember(meeting);
        Grading staff = new Grading(
                new BallotTally(meeting, 2, Subject.of(person(9L, "赵明", PartyStatus.NON_PARTY_STAFF))));
        meeting.confirm(GradingGroup.MEMBERS, NOW);

        assertRefused("grading.alreadyConfirmed", () -> member.grade(StarGrade.QUALIFIED, null, null, "shuji", NOW));
        staff.grade(StarGrade.LAGGING, null, null, "head", NOW);
        assertNull(member.getGrade());
        assertEquals(StarGrade.LAGGING, staff.getGrade());
    }

    @Test
    void aPublishedMeetingIsNoLongerGraded() {
        Grading grading = gradingOfMember(publishedMeeting());

        assertRefused("grading.alreadyConfirmed", () -> grading.grade(StarGrade.QUALIFIED, null, null, "shuji", NOW));
    }

    @Test
    void aGradeIsRequired() {
        Grading grading = gradingOfMember(closedMeeting());

        RuleViolation violation = assertRefused("grading.gradeRequired",
                () -> grading.grade(null, StarGrade.QUALIFIED, REASON, "shuji", NOW));

        assertArrayEquals(new Object[] {"王秀英"}, violation.arguments());
    }

    @ParameterizedTest(name = "a grade against the ballot with reason \"{0}\" is refused")
    @ValueSource(strings = {"", "  "})
    void aGradeAgainstTheBallotNeedsAWrittenReason(String why) {
        Grading grading = gradingOfMember(closedMeeting());

        RuleViolation violation = assertRefused("grading.reasonAgainstBallot",
                () -> grading.grade(StarGrade.PIONEER, StarGrade.QUALIFIED, why, "shuji", NOW));
        assertRefused("grading.reasonAgainstBallot",
                () -> grading.grade(StarGrade.LAGGING, StarGrade.QUALIFIED, null, "shuji", NOW));

        assertArrayEquals(new Object[] {"王秀英"}, violation.arguments());
        assertNull(grading.getGrade());
    }

    @Test
    void aGradeAgainstTheBallotStandsWithItsReason() {
        Grading grading = gradingOfMember(closedMeeting());

        grading.grade(StarGrade.PIONEER, StarGrade.QUALIFIED, "  " + REASON + "  ", "shuji", NOW);

        assertEquals(StarGrade.PIONEER, grading.getGrade());
        assertEquals(StarGrade.QUALIFIED, grading.getSuggested());
        assertEquals(REASON, grading.getReason());
    }

    @Test
    void qualifiedWhereTheBallotSuggestedPioneerNeedsNoReason() {
        Grading grading = gradingOfMember(closedMeeting());

        grading.grade(StarGrade.QUALIFIED, StarGrade.PIONEER, null, "shuji", NOW);

        assertEquals(StarGrade.QUALIFIED, grading.getGrade());
        assertEquals(StarGrade.PIONEER, grading.getSuggested());
    }

    @Test
    void aReasonHasAtMostAThousandCharacters() {
        Grading grading = gradingOfMember(closedMeeting());
        String longest = "因".repeat(1000);

        RuleViolation violation = assertRefused("grading.reasonTooLong",
                () -> grading.grade(StarGrade.LAGGING, StarGrade.QUALIFIED, longest + "因", "shuji", NOW));

        assertArrayEquals(new Object[] {1000}, violation.arguments());
        grading.grade(StarGrade.LAGGING, StarGrade.QUALIFIED, longest, "shuji", NOW);
        assertEquals(longest, grading.getReason());
    }
}
