package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.appraisal.MeetingFixtures.HELD_ON;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.NOW;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.PERIOD;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.RECORDER;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.TODAY;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.TOPIC;
import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.branch;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.closedMeeting;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.lifeMeeting;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.publishedMeeting;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MeetingTest {

    private static Meeting held(MeetingKind kind, YearMonth period, LocalDate day, String topic) {
        return Meeting.held(branch(), kind, period, day, topic, RECORDER, NOW);
    }

    private static Meeting openPaperMeeting() {
        Meeting meeting = lifeMeeting();
        meeting.openBallot(BallotMode.PAPER);
        return meeting;
    }

    @Test
    void aHeldMeetingIsRecordedWithItsBallotNotYetOpened() {
        Meeting meeting = held(MeetingKind.ORGANIZATION_LIFE, PERIOD, HELD_ON, "  " + TOPIC + "  ");

        assertEquals(MeetingKind.ORGANIZATION_LIFE, meeting.getKind());
        assertEquals(PERIOD, meeting.period());
        assertEquals(HELD_ON, meeting.getHeldOn());
        assertEquals(TOPIC, meeting.getTopic(), "the topic is kept stripped");
        assertEquals(BallotState.NOT_OPENED, meeting.getBallotState());
        assertNull(meeting.getBallotMode());
        assertEquals(0, meeting.getPaperBallots());
        assertFalse(meeting.isPublished());
    }

    @Test
    void aBlankTopicIsKeptAsNone() {
        assertNull(held(MeetingKind.ORGANIZATION_LIFE, PERIOD, HELD_ON, "   ").getTopic());
    }

    @Test
    void aMeetingHeldTodayIsRecordedButNotOneHeldTomorrow() {
        assertEquals(TODAY, held(MeetingKind.ORGANIZATION_LIFE, PERIOD, TODAY, TOPIC).getHeldOn());

        RuleViolation violation = assertRefused("meeting.heldInFuture",
                () -> held(MeetingKind.ORGANIZATION_LIFE, PERIOD, TODAY.plusDays(1), TOPIC));

        assertArrayEquals(new Object[] {TODAY.plusDays(1)}, violation.arguments());
    }

    @Test
    void aMeetingHeldBeforeItsPeriodBeganIsRefused() {
        assertEquals(LocalDate.of(2027, 3, 1),
                held(MeetingKind.ORGANIZATION_LIFE, PERIOD, LocalDate.of(2027, 3, 1), TOPIC).getHeldOn());

        RuleViolation violation = assertRefused("meeting.heldBeforePeriod",
                () -> held(MeetingKind.ORGANIZATION_LIFE, PERIOD, LocalDate.of(2027, 2, 28), TOPIC));

        assertArrayEquals(new Object[] {LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1)}, violation.arguments());
    }

    @Test
    void aSecretariesMeetingMayBeHeldFromTheFirstDayOfItsBimonth() {
        YearMonth april = YearMonth.of(2027, 4);
        LocalDateTime inApril = LocalDateTime.of(2027, 4, 10, 9, 0);

        Meeting meeting = Meeting.held(branch(), MeetingKind.SECRETARIES, april, LocalDate.of(2027, 3, 1), TOPIC,
                RECORDER, inApril);

        assertEquals(LocalDate.of(2027, 3, 1), meeting.getHeldOn());
        RuleViolation violation = assertRefused("meeting.heldBeforePeriod", () -> Meeting.held(branch(),
                MeetingKind.SECRETARIES, april, LocalDate.of(2027, 2, 28), TOPIC, RECORDER, inApril));
        assertArrayEquals(new Object[] {LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1)}, violation.arguments());
    }

    @Test
    void aSecretariesMeetingOfAnOddMonthIsRefused() {
        RuleViolation violation = assertRefused("meeting.secretariesEvenMonth",
                () -> held(MeetingKind.SECRETARIES, PERIOD, HELD_ON, TOPIC));

        assertArrayEquals(new Object[] {3}, violation.arguments());
    }

    @Test
    void aTopicOf200CharactersIsKeptButNotOneOf201() {
        String longest = "会".repeat(200);

        assertEquals(longest, held(MeetingKind.ORGANIZATION_LIFE, PERIOD, HELD_ON, " " + longest + " ").getTopic());
        RuleViolation violation = assertRefused("meeting.topicTooLong",
                () -> held(MeetingKind.ORGANIZATION_LIFE, PERIOD, HELD_ON, longest + "会"));
        assertArrayEquals(new Object[] {200}, violation.arguments());
    }

    @Test
    void rescheduleMovesTheDayAndTopicBeforeTheBallotOpens() {
        Meeting meeting = lifeMeeting();

        meeting.reschedule(LocalDate.of(2027, 3, 5), "  党课  ", TODAY);

        assertEquals(LocalDate.of(2027, 3, 5), meeting.getHeldOn());
        assertEquals("党课", meeting.getTopic());
    }

    @Test
    void onceTheBallotOpenedTheDayIsFixedButTheTopicMayBeCorrected() {
        Meeting meeting = lifeMeeting();
        meeting.openBallot(BallotMode.ELECTRONIC);

        assertRefused("meeting.dayFixedByBallot", () -> meeting.reschedule(HELD_ON.minusDays(1), TOPIC, TODAY));

        meeting.reschedule(HELD_ON, "党课", TODAY);
        assertEquals(HELD_ON, meeting.getHeldOn());
        assertEquals("党课", meeting.getTopic());
    }

    @Test
    void anOpenElectronicBallotTakesVotes() {
        Meeting meeting = lifeMeeting();

        meeting.openBallot(BallotMode.ELECTRONIC);

        assertEquals(BallotState.OPEN, meeting.getBallotState());
        assertEquals(BallotMode.ELECTRONIC, meeting.getBallotMode());
        assertDoesNotThrow(meeting::requireVoting);
    }

    @Test
    void nobodyVotesOnAPaperBallotOrOnABallotThatIsNotOpen() {
        Meeting notOpened = lifeMeeting();
        Meeting closed = closedMeeting();

        assertRefused("ballot.notOpenForVoting", openPaperMeeting()::requireVoting);
        assertRefused("ballot.notOpenForVoting", notOpened::requireVoting);
        assertRefused("ballot.notOpenForVoting", closed::requireVoting);
    }

    @Test
    void onlyAnOpenElectronicBallotIsOpenForVotingAndOnlyAnOpenPaperOneTakesCounts() {
        Meeting electronic = lifeMeeting();
        electronic.openBallot(BallotMode.ELECTRONIC);
        Meeting paper = openPaperMeeting();

        assertTrue(electronic.isOpenForVoting());
        assertFalse(electronic.isTakingPaperCounts());
        assertFalse(paper.isOpenForVoting());
        assertTrue(paper.isTakingPaperCounts());
        for (Meeting notOpen : List.of(lifeMeeting(), closedMeeting(), publishedMeeting())) {
            assertFalse(notOpen.isOpenForVoting(), "not open: " + notOpen.getBallotState());
            assertFalse(notOpen.isTakingPaperCounts(), "not open: " + notOpen.getBallotState());
        }
        electronic.closeBallot();
        assertFalse(electronic.isOpenForVoting(), "closed");
    }

    @Test
    void aBallotOpensOnceAndOnlyWithAMode() {
        Meeting meeting = lifeMeeting();

        assertRefused("ballot.modeRequired", () -> meeting.openBallot(null));
        assertEquals(BallotState.NOT_OPENED, meeting.getBallotState());

        meeting.openBallot(BallotMode.PAPER);
        assertRefused("ballot.alreadyOpened", () -> meeting.openBallot(BallotMode.ELECTRONIC));
        assertEquals(BallotMode.PAPER, meeting.getBallotMode());
    }

    @Test
    void aClosedBallotDoesNotOpenAgain() {
        Meeting meeting = closedMeeting();

        assertRefused("ballot.alreadyOpened", () -> meeting.openBallot(BallotMode.ELECTRONIC));
    }

    @ParameterizedTest(name = "{0} paper ballots of {1} present: {2}")
    @CsvSource({"1, 10, ok", "10, 10, ok", "1, 1, ok", "0, 10, ballot.paperCountRange",
            "-1, 10, ballot.paperCountRange", "11, 10, ballot.paperCountRange"})
    void paperBallotsRangeFromOneToThosePresent(int ballots, int present, String expected) {
        Meeting meeting = openPaperMeeting();

        if (expected.equals("ok")) {
            meeting.recordPaperBallots(ballots, present);
            assertEquals(ballots, meeting.getPaperBallots());
        } else {
            RuleViolation violation = assertRefused(expected, () -> meeting.recordPaperBallots(ballots, present));
            assertArrayEquals(new Object[] {ballots, present}, violation.arguments());
            assertEquals(0, meeting.getPaperBallots());
        }
    }

    @Test
    void enteringPaperCountsAgainReplacesThem() {
        Meeting meeting = openPaperMeeting();

        meeting.recordPaperBallots(5, 10);
        meeting.recordPaperBallots(7, 10);

        assertEquals(7, meeting.getPaperBallots());
    }

    @Test
    void paperCountsAreEnteredOnlyWhileAPaperBallotIsOpen() {
        Meeting electronic = lifeMeeting();
        electronic.openBallot(BallotMode.ELECTRONIC);
        Meeting notOpened = lifeMeeting();
        Meeting closedPaper = openPaperMeeting();
        closedPaper.recordPaperBallots(5, 10);
        closedPaper.closeBallot();

        assertRefused("ballot.notPaper", () -> electronic.recordPaperBallots(5, 10));
        assertRefused("ballot.notPaper", () -> notOpened.recordPaperBallots(5, 10));
        assertRefused("ballot.notPaper", () -> closedPaper.recordPaperBallots(6, 10));
        assertEquals(5, closedPaper.getPaperBallots());
    }

    @Test
    void aPaperBallotClosesOnlyOnceItsCountsAreEntered() {
        Meeting meeting = openPaperMeeting();

        assertRefused("ballot.paperNotEntered", meeting::closeBallot);
        assertEquals(BallotState.OPEN, meeting.getBallotState());

        meeting.recordPaperBallots(6, 8);
        meeting.closeBallot();
        assertEquals(BallotState.CLOSED, meeting.getBallotState());
    }

    @Test
    void aBallotClosesOnceAndNotBeforeItOpened() {
        Meeting closed = closedMeeting();
        Meeting notOpened = lifeMeeting();

        assertRefused("ballot.notOpen", closed::closeBallot);
        assertRefused("ballot.notOpen", notOpened::closeBallot);
        assertEquals(BallotState.NOT_OPENED, notOpened.getBallotState());
    }

    @Test
    void gradesAreConfirmedOnlyAfterTheBallotCloses() {
        Meeting notOpened = lifeMeeting();
        Meeting open = lifeMeeting();
        open.openBallot(BallotMode.ELECTRONIC);

        assertRefused("ballot.notClosed", () -> notOpened.confirm(GradingGroup.MEMBERS, NOW));
        assertRefused("ballot.notClosed", () -> open.confirm(GradingGroup.MEMBERS, NOW));
        assertFalse(open.isConfirmed(GradingGroup.MEMBERS));
    }

    @Test
    void eachGroupIsConfirmedOnItsOwnAndOnlyOnce() {
        Meeting meeting = closedMeeting();

        meeting.confirm(GradingGroup.MEMBERS, NOW);

        assertTrue(meeting.isConfirmed(GradingGroup.MEMBERS));
        assertFalse(meeting.isConfirmed(GradingGroup.STAFF));
        assertRefused("grading.alreadyConfirmed", () -> meeting.confirm(GradingGroup.MEMBERS, NOW));
        meeting.confirm(GradingGroup.STAFF, NOW);
        assertTrue(meeting.isConfirmed(GradingGroup.STAFF));
    }

    @Test
    void aReopenedGroupMayBeConfirmedAgain() {
        Meeting meeting = closedMeeting();
        meeting.confirm(GradingGroup.STAFF, NOW);

        meeting.reopen(GradingGroup.STAFF);

        assertFalse(meeting.isConfirmed(GradingGroup.STAFF));
        meeting.confirm(GradingGroup.STAFF, NOW);
        assertTrue(meeting.isConfirmed(GradingGroup.STAFF));
    }

    @Test
    void publicationWaitsForEveryGroupWithSubjects() {
        Meeting meeting = closedMeeting();
        meeting.confirm(GradingGroup.MEMBERS, NOW);

        RuleViolation violation = assertRefused("grading.notConfirmed",
                () -> meeting.publish(List.of(GradingGroup.MEMBERS, GradingGroup.STAFF), NOW));

        assertArrayEquals(new Object[] {GradingGroup.STAFF}, violation.arguments());
        assertFalse(meeting.isPublished());
    }

    @Test
    void aMeetingWithoutSubjectsHasNothingToPublish() {
        Meeting meeting = closedMeeting();

        assertRefused("grading.nothingToPublish", () -> meeting.publish(List.of(), NOW));
        assertFalse(meeting.isPublished());
    }

    @Test
    void confirmedGroupsArePublished() {
        Meeting meeting = closedMeeting();
        meeting.confirm(GradingGroup.MEMBERS, NOW);
        meeting.confirm(GradingGroup.STAFF, NOW);

        meeting.publish(List.of(GradingGroup.MEMBERS, GradingGroup.STAFF), NOW.plusHours(1));

        assertTrue(meeting.isPublished());
        assertEquals(NOW.plusHours(1), meeting.getPublishedAt());
    }

    static Stream<Arguments> changesAfterPublication() {
        return Stream.of(
                Arguments.of("openBallot", (Consumer<Meeting>) m -> m.openBallot(BallotMode.ELECTRONIC)),
                Arguments.of("confirm", (Consumer<Meeting>) m -> m.confirm(GradingGroup.STAFF, NOW)),
                Arguments.of("reopen", (Consumer<Meeting>) m -> m.reopen(GradingGroup.MEMBERS)),
                Arguments.of("publish", (Consumer<Meeting>) m -> m.publish(List.of(GradingGroup.MEMBERS), NOW)));
    }

    @ParameterizedTest(name = "{0} after publication is refused")
    @MethodSource("changesAfterPublication")
    void aPublishedMeetingIsNoLongerChanged(String change, Consumer<Meeting> action) {
        Meeting meeting = publishedMeeting();

        assertRefused("meeting.published", () -> action.accept(meeting));

        assertTrue(meeting.isConfirmed(GradingGroup.MEMBERS));
        assertFalse(meeting.isConfirmed(GradingGroup.STAFF));
    }

    @Test
    void aPublishedMeetingsTopicIsNoLongerCorrected() {
        Meeting meeting = publishedMeeting();

        assertRefused("meeting.published", () -> meeting.reschedule(HELD_ON, "党课", TODAY));

        assertEquals(TOPIC, meeting.getTopic());
    }

    @Test
    void aMissingDayIsRefusedAsARuleEvenOnceTheBallotOpened() {
        Meeting notOpened = lifeMeeting();
        Meeting open = lifeMeeting();
        open.openBallot(BallotMode.ELECTRONIC);

        assertRefused("meeting.heldInFuture", () -> notOpened.reschedule(null, TOPIC, TODAY));
        assertThrows(RuleViolation.class, () -> open.reschedule(null, TOPIC, TODAY));
        assertEquals(HELD_ON, open.getHeldOn());
    }
}
