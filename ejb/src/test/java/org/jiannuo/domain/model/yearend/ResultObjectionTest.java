package org.jiannuo.domain.model.yearend;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.yearend.YearEndFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jiannuo.domain.model.appraisal.GradeStanding;
import org.jiannuo.domain.model.publicity.ObjectionStatus;
import org.jiannuo.domain.model.publicity.PublicityPeriod;
import org.jiannuo.domain.model.publicity.PublicityRules;
import org.junit.jupiter.api.Test;

/** A published year-end result takes objections during its publicity period as a grade does, by the same rules. */
class ResultObjectionTest {

    /** NOW is Sunday 2026-12-20: five working days after it end on Friday 2026-12-25. */
    private static final PublicityPeriod PERIOD = new PublicityRules().periodFrom(NOW.toLocalDate());
    private static final String ADDRESS = "a1b2c3";

    @Test
    void anObjectionPutsTheResultUnderObjectionAndTheAnswerChangesItWithItsReason() {
        MemberEvaluation member = new YearEndFixtures(3).published().members().get(1);

        ResultObjection objection = ResultObjection.lodge(member, PERIOD, " 全年多次缺席组织生活 ", null, ADDRESS,
                PERIOD.lastDay().atTime(23, 59));

        assertEquals(ObjectionStatus.OPEN, objection.getStatus());
        assertEquals(1, member.getOpenObjections());
        assertEquals(GradeStanding.UNDER_OBJECTION, GradeStanding.of(member.getOpenObjections(), PERIOD,
                PERIOD.lastDay().plusDays(10)), "held under objection after the period while open");
        assertFalse(member.isReviewed());
        assertRefused("objection.gradeRequired", () -> objection.decideByName("STAR", "经核实", "dangwei", NOW));
        assertRefused("objection.reasonTooLong", () -> objection.decide(AnnualGrade.UNQUALIFIED,
                "长".repeat(BranchEvaluation.LONGEST_REASON + 1), "dangwei", NOW));

        objection.decideByName("UNQUALIFIED", "经核实情况属实，调整为不合格", "dangwei", NOW.plusDays(1));

        assertEquals(ObjectionStatus.CHANGED, objection.getStatus());
        assertEquals(AnnualGrade.QUALIFIED, objection.before());
        assertEquals(AnnualGrade.UNQUALIFIED, objection.after());
        assertEquals(AnnualGrade.UNQUALIFIED, member.result());
        assertEquals("经核实情况属实，调整为不合格", member.getReason());
        assertEquals(0, member.getOpenObjections());
        assertTrue(member.isReviewed());
        assertRefused("objection.alreadyDecided", () -> objection.decide(AnnualGrade.QUALIFIED, "再改", "dangwei", NOW));
    }

    @Test
    void theSameResultUpholdsItAndKeepsTheProposalsReason() {
        MemberEvaluation member = new YearEndFixtures(2).published().members().get(0);
        ResultObjection objection = ResultObjection.lodge(member, PERIOD, "应为优秀", "dangyuan", ADDRESS, NOW);

        objection.decide(AnnualGrade.QUALIFIED, "维持原结果", "dangwei", NOW);

        assertEquals(ObjectionStatus.UPHELD, objection.getStatus());
        assertEquals(AnnualGrade.QUALIFIED, member.result());
        assertEquals(null, member.getReason(), "as suggested: still no reason");
        assertTrue(member.isReviewed());
    }

    @Test
    void afterThePeriodOrBeforePublicationNoObjectionIsTaken() {
        YearEndFixtures published = new YearEndFixtures(2).published();
        MemberEvaluation member = published.members().get(0);
        assertRefused("objection.afterPublicity", () -> ResultObjection.lodge(member, PERIOD, "太晚了", null, ADDRESS,
                PERIOD.lastDay().plusDays(1).atStartOfDay()));
        assertEquals(0, member.getOpenObjections());

        MemberEvaluation unpublished = new YearEndFixtures(2).members().get(0);
        assertRefused("objection.notPublished", () -> ResultObjection.lodge(unpublished, PERIOD, "尚未公示", null,
                ADDRESS, NOW));
        assertRefused("objection.textRequired", () -> ResultObjection.lodge(member, PERIOD, "  ", null, ADDRESS, NOW));
    }
}
