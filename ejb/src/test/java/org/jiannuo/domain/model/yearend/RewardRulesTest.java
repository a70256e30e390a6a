package org.jiannuo.domain.model.yearend;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.yearend.YearEndFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.junit.jupiter.api.Test;

/**
 * The reward's rules (seeds 000, 001): model posts for the excellent only, once published; personal rectifications
 * for the others, run as a commitment's rectification is; a refusal fixes the member as 不合格 with the handling.
 */
class RewardRulesTest {

    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final String ISSUER = "东岭镇党委";

    private final YearEndFixtures fixtures = new YearEndFixtures(10);
    private final MemberEvaluation excellent = fixtures.members().get(0);
    private final MemberEvaluation unqualified = fixtures.members().get(1);
    private final MemberEvaluation qualified = fixtures.members().get(2);

    @Test
    void nothingIsGivenBeforeTheResultsArePublished() {
        assertRefused("reward.notPublished", () -> ModelPost.designate(excellent, "便民服务示范岗", ISSUER, "zhibu", NOW));
        assertRefused("reward.notPublished", () -> PersonalRectification.order(unqualified, "群众意见较大",
                TODAY.plusDays(30), "zhibu", NOW));
    }

    @Test
    void onlyAnExcellentMemberIsDesignatedAModelPostWithATitle() {
        fixtures.publishFirstExcellentSecondUnqualified();
        assertRefused("reward.notExcellent", () -> ModelPost.designate(qualified, "便民服务示范岗", ISSUER, "zhibu", NOW));
        assertRefused("reward.titleRequired", () -> ModelPost.designate(excellent, "  ", ISSUER, "zhibu", NOW));
        assertRefused("reward.titleTooLong", () -> ModelPost.designate(excellent, "岗".repeat(61), ISSUER, "zhibu",
                NOW));
        ModelPost post = ModelPost.designate(excellent, " 便民服务示范岗 ", ISSUER, "zhibu", NOW);
        assertEquals("便民服务示范岗", post.getTitle());
        assertEquals(ISSUER, post.getIssuer());
        assertEquals(NOW, post.getDesignatedAt());
    }

    @Test
    void theUnqualifiedAndTheLaggingQualifiedAreRectifiedNotTheExcellent() {
        fixtures.publishFirstExcellentSecondUnqualified();
        assertRefused("reward.excellentNotRectified", () -> PersonalRectification.order(excellent, "不该整改",
                TODAY.plusDays(30), "zhibu", NOW));
        assertRefused("rectification.reasonRequired", () -> PersonalRectification.order(unqualified, " ",
                TODAY.plusDays(30), "zhibu", NOW));
        assertRefused("rectification.deadlineNotAhead", () -> PersonalRectification.order(unqualified, "践诺不力",
                TODAY, "zhibu", NOW));
        PersonalRectification marked = PersonalRectification.order(qualified, "群众意见较大", TODAY.plusDays(30),
                "zhibu", NOW);
        assertEquals(RectificationStatus.OPEN, marked.getStatus());
        assertEquals(AnnualGrade.QUALIFIED, qualified.getProposed(), "a rectification alone does not change the result");
    }

    @Test
    void reportedDoneThenReopenedThenAccepted() {
        fixtures.publishFirstExcellentSecondUnqualified();
        PersonalRectification rectification = PersonalRectification.order(unqualified, "践诺不力，群众意见较大",
                TODAY.plusDays(30), "zhibu", NOW);
        assertRefused("rectification.notReported", () -> rectification.decide(true, null, "zhibu", NOW));
        rectification.reportDone("已补齐三项承诺并向群众说明", NOW.plusDays(10));
        assertEquals(RectificationStatus.REPORTED, rectification.getStatus());
        assertRefused("rectification.reasonRequired", () -> rectification.decide(false, " ", "zhibu", NOW));
        rectification.decide(false, "还缺走访记录", "zhibu", NOW.plusDays(11));
        assertEquals(RectificationStatus.OPEN, rectification.getStatus());
        assertEquals("还缺走访记录", rectification.getReopenReason());
        rectification.reportDone("补交走访记录十份", NOW.plusDays(12));
        rectification.decide(true, null, "zhibu", NOW.plusDays(13));
        assertEquals(RectificationStatus.ACCEPTED, rectification.getStatus());
        assertRefused("reward.refusalOnlyWhileOpen", () -> rectification.refuse(
                OrganizationalHandling.CORRECTION_WITHIN_TERM, "拒不整改", "zhibu", NOW));
    }

    @Test
    void overdueWhileOpenPastItsDeadlineAndNotHandled() {
        fixtures.publishFirstExcellentSecondUnqualified();
        PersonalRectification rectification = PersonalRectification.order(unqualified, "践诺不力", TODAY.plusDays(30),
                "zhibu", NOW);
        assertFalse(rectification.isOverdue(TODAY.plusDays(30)), "due on its last day");
        assertTrue(rectification.isOverdue(TODAY.plusDays(31)));
        rectification.refuse(OrganizationalHandling.CORRECTION_WITHIN_TERM, "逾期不整改", "zhibu", NOW.plusDays(31));
        assertFalse(rectification.isOverdue(TODAY.plusDays(40)), "handled, no longer pressed");
    }

    @Test
    void aRefusalFixesTheMemberAsUnqualifiedWithTheHandlingAndEndsTheRectification() {
        fixtures.publishFirstExcellentSecondUnqualified();
        PersonalRectification rectification = PersonalRectification.order(qualified, "群众意见较大",
                TODAY.plusDays(30), "zhibu", NOW);
        assertRefused("reward.handlingRequired", () -> rectification.refuse(null, "拒不整改", "zhibu", NOW));
        assertRefused("reward.handlingReasonRequired", () -> rectification.refuse(
                OrganizationalHandling.PERSUADED_TO_LEAVE, "  ", "zhibu", NOW));
        assertNull(rectification.getHandling(), "nothing recorded by a refused attempt");
        assertEquals(AnnualGrade.QUALIFIED, qualified.getProposed());

        rectification.refuse(OrganizationalHandling.PERSUADED_TO_LEAVE, " 经多次教育仍拒不整改 ", "dangwei", NOW);
        assertEquals(AnnualGrade.UNQUALIFIED, qualified.getProposed(), "定格不合格");
        assertEquals(AnnualGrade.QUALIFIED, rectification.getGradeBefore());
        assertEquals(OrganizationalHandling.PERSUADED_TO_LEAVE, rectification.getHandling());
        assertEquals("经多次教育仍拒不整改", rectification.getHandlingReason());
        assertEquals("dangwei", rectification.getHandledBy());
        assertRefused("reward.alreadyHandled", () -> rectification.reportDone("现在整改了行不行", NOW));
        assertRefused("reward.alreadyHandled", () -> rectification.refuse(OrganizationalHandling.STRUCK_OFF,
                "再处置", "dangwei", NOW));
    }

    @Test
    void aReportedRectificationIsDecidedBeforeAnyRefusal() {
        fixtures.publishFirstExcellentSecondUnqualified();
        PersonalRectification rectification = PersonalRectification.order(unqualified, "践诺不力", TODAY.plusDays(30),
                "zhibu", NOW);
        rectification.reportDone("已向支部作出书面检查", NOW);
        assertRefused("reward.refusalOnlyWhileOpen", () -> rectification.refuse(OrganizationalHandling.STRUCK_OFF,
                "拒不整改", "zhibu", NOW));
    }
}
