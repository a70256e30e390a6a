package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.appraisal.MeetingFixtures.NOW;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.RECORDER;
import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.floatingMember;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.lifeMeeting;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.member;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.publishedMeeting;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AttendanceTest {

    private static final String NARRATION = "本月履职尽责，兑现承诺两项";

    private final Meeting meeting = lifeMeeting();

    private Attendance present() {
        Attendance attendance = new Attendance(meeting, member(), RECORDER, NOW);
        attendance.mark(Presence.PRESENT, false, RECORDER, NOW);
        return attendance;
    }

    private Attendance remote() {
        Attendance attendance = new Attendance(meeting, floatingMember(), RECORDER, NOW);
        attendance.mark(Presence.REMOTE, false, RECORDER, NOW);
        return attendance;
    }

    @Test
    void everyoneOnTheRosterStartsAbsent() {
        Attendance attendance = new Attendance(meeting, member(), RECORDER, NOW);

        assertEquals(Presence.ABSENT, attendance.getPresence());
        assertFalse(attendance.isVoter());
        assertNull(attendance.getNarrationMode());
    }

    @Test
    void onlyThosePresentVote() {
        assertTrue(present().isVoter());
        assertFalse(remote().isVoter());
    }

    @Test
    void aPresenceIsRequired() {
        Attendance attendance = new Attendance(meeting, member(), RECORDER, NOW);

        assertRefused("attendance.presenceRequired", () -> attendance.mark(null, false, RECORDER, NOW));
    }

    @Test
    void onlyFloatingMembersTakePartFromAfar() {
        Attendance attendance = new Attendance(meeting, member(), RECORDER, NOW);

        RuleViolation violation = assertRefused("attendance.remoteOnlyFloating",
                () -> attendance.mark(Presence.REMOTE, false, RECORDER, NOW));

        assertArrayEquals(new Object[] {"王秀英"}, violation.arguments());
        assertEquals(Presence.ABSENT, attendance.getPresence());
        assertEquals(Presence.REMOTE, remote().getPresence());
    }

    @Test
    void onlyAnExemptedPersonIsMarkedExempt() {
        Attendance attendance = new Attendance(meeting, member(), RECORDER, NOW);

        RuleViolation violation = assertRefused("attendance.notExempted",
                () -> attendance.mark(Presence.EXEMPT, false, RECORDER, NOW));

        assertArrayEquals(new Object[] {"王秀英"}, violation.arguments());
        attendance.mark(Presence.EXEMPT, true, RECORDER, NOW);
        assertEquals(Presence.EXEMPT, attendance.getPresence());
    }

    @ParameterizedTest(name = "an exempted person cannot be marked {0}")
    @EnumSource(value = Presence.class, names = {"PRESENT", "REMOTE", "ABSENT"})
    void anExemptedPersonCanOnlyBeExempt(Presence presence) {
        Attendance attendance = new Attendance(meeting, floatingMember(), RECORDER, NOW);

        RuleViolation violation = assertRefused("attendance.exempted",
                () -> attendance.mark(presence, true, RECORDER, NOW));

        assertArrayEquals(new Object[] {"李建国"}, violation.arguments());
    }

    @ParameterizedTest(name = "once the ballot is {0}, {1} cannot become {2}")
    @CsvSource({"OPEN, PRESENT, ABSENT", "OPEN, PRESENT, REMOTE", "OPEN, ABSENT, PRESENT", "OPEN, REMOTE, PRESENT",
            "CLOSED, PRESENT, ABSENT", "CLOSED, ABSENT, PRESENT"})
    void theVotersAreFixedOnceTheBallotOpens(BallotState state, Presence before, Presence after) {
        Attendance attendance = new Attendance(meeting, floatingMember(), RECORDER, NOW);
        attendance.mark(before, false, RECORDER, NOW);
        meeting.openBallot(BallotMode.ELECTRONIC);
        if (state == BallotState.CLOSED) {
            meeting.closeBallot();
        }

        RuleViolation violation = assertRefused("attendance.fixedByBallot",
                () -> attendance.mark(after, false, RECORDER, NOW));

        assertArrayEquals(new Object[] {"李建国"}, violation.arguments());
        assertEquals(before, attendance.getPresence());
    }

    @ParameterizedTest(name = "after the ballot opened {0} may still become {1}")
    @CsvSource({"ABSENT, REMOTE", "REMOTE, ABSENT"})
    void thoseWhoDoNotVoteMayStillChangeAfterTheBallotOpens(Presence before, Presence after) {
        Attendance attendance = new Attendance(meeting, floatingMember(), RECORDER, NOW);
        attendance.mark(before, false, RECORDER, NOW);
        meeting.openBallot(BallotMode.ELECTRONIC);

        attendance.mark(after, false, RECORDER, NOW);

        assertEquals(after, attendance.getPresence());
    }

    @Test
    void thosePresentNarrateInPerson() {
        Attendance attendance = present();

        attendance.narrate(NarrationMode.IN_PERSON, "  " + NARRATION + "  ", RECORDER, NOW);

        assertEquals(NarrationMode.IN_PERSON, attendance.getNarrationMode());
        assertEquals(NARRATION, attendance.getNarration(), "the narration is kept stripped");
    }

    @ParameterizedTest(name = "someone present cannot narrate by {0}")
    @EnumSource(value = NarrationMode.class, names = {"WRITING", "PHONE", "VIDEO", "EMAIL"})
    void thosePresentCannotNarrateFromAfar(NarrationMode mode) {
        Attendance attendance = present();

        RuleViolation violation = assertRefused("narration.inPersonMode",
                () -> attendance.narrate(mode, NARRATION, RECORDER, NOW));

        assertArrayEquals(new Object[] {"王秀英"}, violation.arguments());
        assertNull(attendance.getNarration());
    }

    @ParameterizedTest(name = "a remote member narrates by {0}")
    @EnumSource(value = NarrationMode.class, names = {"WRITING", "PHONE", "VIDEO", "EMAIL"})
    void remoteMembersNarrateFromAfar(NarrationMode mode) {
        Attendance attendance = remote();

        attendance.narrate(mode, NARRATION, RECORDER, NOW);

        assertEquals(mode, attendance.getNarrationMode());
        assertEquals(NARRATION, attendance.getNarration());
    }

    @Test
    void aRemoteMemberCannotNarrateInPersonOrWithoutAMode() {
        Attendance attendance = remote();

        RuleViolation violation = assertRefused("narration.remoteMode",
                () -> attendance.narrate(NarrationMode.IN_PERSON, NARRATION, RECORDER, NOW));
        assertRefused("narration.remoteMode", () -> attendance.narrate(null, NARRATION, RECORDER, NOW));

        assertArrayEquals(new Object[] {"李建国"}, violation.arguments());
    }

    @ParameterizedTest(name = "someone {0} does not narrate")
    @CsvSource({"ABSENT, false", "EXEMPT, true"})
    void thoseNotTakingPartDoNotNarrate(Presence presence, boolean exempted) {
        Attendance attendance = new Attendance(meeting, member(), RECORDER, NOW);
        attendance.mark(presence, exempted, RECORDER, NOW);

        RuleViolation violation = assertRefused("narration.notTakingPart",
                () -> attendance.narrate(NarrationMode.IN_PERSON, NARRATION, RECORDER, NOW));

        assertArrayEquals(new Object[] {"王秀英"}, violation.arguments());
    }

    @Test
    void aNarrationHasAtLeastEightCharactersAfterStripping() {
        Attendance attendance = present();

        RuleViolation violation = assertRefused("narration.tooShort",
                () -> attendance.narrate(NarrationMode.IN_PERSON, "   一二三四五六七   ", RECORDER, NOW));

        assertArrayEquals(new Object[] {8}, violation.arguments());
        assertRefused("narration.tooShort", () -> attendance.narrate(NarrationMode.IN_PERSON, null, RECORDER, NOW));
        attendance.narrate(NarrationMode.IN_PERSON, "一二三四五六七八", RECORDER, NOW);
        assertEquals("一二三四五六七八", attendance.getNarration());
    }

    @Test
    void aNarrationHasAtMostTwoThousandCharacters() {
        Attendance attendance = present();
        String longest = "讲".repeat(2000);

        RuleViolation violation = assertRefused("narration.tooLong",
                () -> attendance.narrate(NarrationMode.IN_PERSON, longest + "讲", RECORDER, NOW));

        assertArrayEquals(new Object[] {2000}, violation.arguments());
        attendance.narrate(NarrationMode.IN_PERSON, longest, RECORDER, NOW);
        assertEquals(longest, attendance.getNarration());
    }

    @Test
    void markingSomeoneAbsentClearsTheirNarration() {
        Attendance attendance = present();
        attendance.narrate(NarrationMode.IN_PERSON, NARRATION, RECORDER, NOW);

        attendance.mark(Presence.ABSENT, false, RECORDER, NOW);

        assertNull(attendance.getNarrationMode());
        assertNull(attendance.getNarration());
    }

    @Test
    void markingSomeoneExemptClearsTheirNarration() {
        Attendance attendance = present();
        attendance.narrate(NarrationMode.IN_PERSON, NARRATION, RECORDER, NOW);

        attendance.mark(Presence.EXEMPT, true, RECORDER, NOW);

        assertNull(attendance.getNarrationMode());
        assertNull(attendance.getNarration());
    }

    @Test
    void switchingBetweenPresentAndRemoteDropsTheModeThatNoLongerFits() {
        Attendance attendance = remote();
        attendance.narrate(NarrationMode.PHONE, NARRATION, RECORDER, NOW);

        attendance.mark(Presence.PRESENT, false, RECORDER, NOW);

        assertNull(attendance.getNarrationMode());
        assertEquals(NARRATION, attendance.getNarration(), "the text stays for the recorder to reuse");
    }

    @Test
    void aPublishedMeetingsAttendanceAndNarrationsStayAsTheyAre() {
        Attendance attendance = new Attendance(publishedMeeting(), member(), RECORDER, NOW);

        assertRefused("meeting.published", () -> attendance.mark(Presence.EXEMPT, true, RECORDER, NOW));
        assertRefused("meeting.published",
                () -> attendance.narrate(NarrationMode.IN_PERSON, NARRATION, RECORDER, NOW));
        assertEquals(Presence.ABSENT, attendance.getPresence());
    }
}
