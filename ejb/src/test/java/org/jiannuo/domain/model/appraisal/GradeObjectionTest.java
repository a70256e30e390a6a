package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.appraisal.MeetingFixtures.NOW;
import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.closedMeeting;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.jiannuo.domain.model.publicity.ObjectionStatus;
import org.jiannuo.domain.model.publicity.PublicityPeriod;
import org.jiannuo.domain.model.publicity.PublicityRules;
import org.junit.jupiter.api.Test;

class GradeObjectionTest {

    /** NOW is Saturday 2027-03-20: five working days after it end on Friday 2027-03-26. */
    private static final PublicityPeriod PERIOD = new PublicityRules().periodFrom(NOW.toLocalDate());
    private static final String ADDRESS = "a1b2c3";

    private static Grading publishedGrade() {
        Meeting meeting = closedMeeting();
        Grading grading = new Grading(new BallotTally(meeting, 1, Subject.of(member())));
        grading.grade(StarGrade.QUALIFIED, StarGrade.QUALIFIED, null, "shuji", NOW);
        meeting.confirm(GradingGroup.MEMBERS, NOW);
        meeting.publish(List.of(GradingGroup.MEMBERS), NOW);
        return grading;
    }

    @Test
    void anObjectionOnTheLastDayOfThePeriodPutsTheGradeUnderObjection() {
        Grading grading = publishedGrade();

        GradeObjection objection = GradeObjection.lodge(grading, PERIOD, " 他本月两次缺席 ", null, ADDRESS,
                LocalDateTime.of(2027, 3, 26, 23, 59));

        assertEquals(ObjectionStatus.OPEN, objection.getStatus());
        assertEquals("他本月两次缺席", objection.getText());
        assertEquals(1, grading.getOpenObjections());
        assertEquals(GradeStanding.UNDER_OBJECTION, GradeStanding.of(grading.getOpenObjections(), PERIOD,
                PERIOD.lastDay().plusDays(10)));
    }

    @Test
    void anObjectionTheDayAfterThePeriodIsRefused() {
        Grading grading = publishedGrade();

        assertRefused("objection.afterPublicity", () -> GradeObjection.lodge(grading, PERIOD, "太晚了", null, ADDRESS,
                LocalDateTime.of(2027, 3, 27, 0, 0)));
        assertEquals(0, grading.getOpenObjections());
    }

    @Test
    void anUnpublishedGradeTakesNoObjection() {
        Meeting meeting = closedMeeting();
        Grading grading = new Grading(new BallotTally(meeting, 1, Subject.of(member())));
        grading.grade(StarGrade.QUALIFIED, StarGrade.QUALIFIED, null, "shuji", NOW);

        assertRefused("objection.notPublished", () -> GradeObjection.lodge(grading, PERIOD, "异议", null, ADDRESS, NOW));
    }

    @Test
    void anEmptyOrOverlongObjectionIsRefused() {
        Grading grading = publishedGrade();

        assertRefused("objection.textRequired", () -> GradeObjection.lodge(grading, PERIOD, "  ", null, ADDRESS, NOW));
        assertRefused("objection.textTooLong", () -> GradeObjection.lodge(grading, PERIOD,
                "长".repeat(GradeObjection.LONGEST_TEXT + 1), null, ADDRESS, NOW));
    }

    @Test
    void theGraderChangesTheGradeWithAReasonAndTheGradeIsReviewed() {
        Grading grading = publishedGrade();
        GradeObjection objection = GradeObjection.lodge(grading, PERIOD, "两次缺席组织生活", "dangyuan", ADDRESS, NOW);

        objection.decide(StarGrade.BASICALLY_QUALIFIED, "核实属实，调整等次", "shuji", NOW.plusDays(1));

        assertEquals(ObjectionStatus.CHANGED, objection.getStatus());
        assertEquals(StarGrade.BASICALLY_QUALIFIED, grading.getGrade());
        assertEquals(StarGrade.QUALIFIED, objection.getGradeBefore());
        assertEquals(0, grading.getOpenObjections());
        assertTrue(grading.isReviewed());
        assertEquals(GradeStanding.FINAL, GradeStanding.of(0, PERIOD, PERIOD.lastDay().plusDays(1)));
    }

    @Test
    void theSameGradeUpholdsItAndAReasonIsAlwaysNeeded() {
        Grading grading = publishedGrade();
        GradeObjection objection = GradeObjection.lodge(grading, PERIOD, "等次偏高", null, ADDRESS, NOW);

        assertRefused("objection.reasonRequired", () -> objection.decide(StarGrade.QUALIFIED, " ", "shuji", NOW));
        objection.decide(StarGrade.QUALIFIED, "经核实，维持原等次", "shuji", NOW);

        assertEquals(ObjectionStatus.UPHELD, objection.getStatus());
        assertEquals(StarGrade.QUALIFIED, grading.getGrade());
        assertRefused("objection.alreadyDecided", () -> objection.decide(StarGrade.LAGGING, "再改", "shuji", NOW));
    }

    @Test
    void aGradeStaysInPublicityUntilThePeriodEnds() {
        assertEquals(GradeStanding.IN_PUBLICITY, GradeStanding.of(0, PERIOD, PERIOD.lastDay()));
        assertEquals(GradeStanding.FINAL, GradeStanding.of(0, PERIOD, PERIOD.lastDay().plusDays(1)));
        assertFalse(PERIOD.includes(PERIOD.start().minusDays(1)));
    }
}
