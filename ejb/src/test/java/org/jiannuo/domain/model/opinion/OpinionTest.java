package org.jiannuo.domain.model.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class OpinionTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 10, 0);
    private final OpinionRules rules = OpinionRules.defaults();
    private final OrgUnit committee = OrgUnit.root(OrgUnitType.COMMITTEE, "城关镇党委");
    private final OrgUnit branch = committee.addChild(OrgUnitType.BRANCH, "东岭村党支部");
    private final OrgUnit otherBranch = committee.addChild(OrgUnitType.BRANCH, "西岭村党支部");

    private Opinion received() {
        return Opinion.receive(OpinionTarget.of(branch), "  村务公开栏好久没有更新了  ",
                new Opinion.Writer(" 李大爷 ", "13900000000"), OpinionChannel.BOARD, rules, "hash", "address", null, NOW);
    }

    @Test
    void anOpinionComesInReceivedWithTheHandlingDaysAhead() {
        Opinion opinion = received();
        assertEquals(OpinionState.RECEIVED, opinion.getState());
        assertEquals("村务公开栏好久没有更新了", opinion.getText());
        assertEquals("李大爷", opinion.getWriterName());
        assertSame(branch, opinion.getHandler(), "a unit answers for itself");
        assertEquals(NOW.toLocalDate().plusDays(OpinionRules.DEFAULTS.handlingDays()), opinion.getDeadline());
    }

    @Test
    void anAnonymousOpinionKeepsNoName() {
        Opinion opinion = Opinion.receive(OpinionTarget.of(branch), "建议多开展志愿服务", new Opinion.Writer(" ", null),
                OpinionChannel.PHONE, rules, "hash", null, "staff", NOW);
        assertNull(opinion.getWriterName());
        assertNull(opinion.getWriterContact());
    }

    @Test
    void anEmptyOrTooLongTextIsRefused() {
        assertEquals("opinion.textRequired", assertThrows(RuleViolation.class, () -> Opinion.receive(
                OpinionTarget.of(branch), "   ", Opinion.Writer.ANONYMOUS, OpinionChannel.BOARD, rules, "h", null, null,
                NOW)).code());
        String longest = "意".repeat(OpinionRules.DEFAULTS.longestText());
        assertEquals(longest, Opinion.receive(OpinionTarget.of(branch), longest, Opinion.Writer.ANONYMOUS,
                OpinionChannel.BOARD, rules, "h", null, null, NOW).getText());
        assertEquals("opinion.textTooLong", assertThrows(RuleViolation.class, () -> Opinion.receive(
                OpinionTarget.of(branch), longest + "见", Opinion.Writer.ANONYMOUS, OpinionChannel.BOARD, rules, "h",
                null, null, NOW)).code());
        assertEquals("opinion.contactTooLong", assertThrows(RuleViolation.class, () -> Opinion.receive(
                OpinionTarget.of(branch), "好", new Opinion.Writer(null, "1".repeat(Opinion.LONGEST_CONTACT + 1)),
                OpinionChannel.BOARD, rules, "h", null, null, NOW)).code());
    }

    @Test
    void aDissolvedUnitTakesNoOpinion() {
        OrgUnit gone = committee.addChild(OrgUnitType.BRANCH, "已撤销支部");
        gone.dissolve(LocalDate.of(2026, 1, 1), 0, 0);
        assertEquals("opinion.targetNotPublic", assertThrows(RuleViolation.class, () -> OpinionTarget.of(gone)).code());
    }

    @Test
    void receivedIsRepliedThenClosed() {
        Opinion opinion = received();
        opinion.reply(" 已于本周更新公开栏 ", rules, "secretary", NOW.plusDays(1));
        assertEquals(OpinionState.REPLIED, opinion.getState());
        assertEquals("已于本周更新公开栏", opinion.getReply());
        assertEquals("opinion.notAwaitingReply", assertThrows(RuleViolation.class, () ->
                opinion.reply("再答复一次", rules, "secretary", NOW)).code());
        assertEquals("opinion.notAwaitingReply", assertThrows(RuleViolation.class, () ->
                opinion.forwardTo(otherBranch, null, rules, NOW.toLocalDate())).code());
        opinion.close(null, "secretary", NOW.plusDays(2));
        assertEquals(OpinionState.CLOSED, opinion.getState());
        assertEquals("opinion.alreadyClosed", assertThrows(RuleViolation.class, () ->
                opinion.close("again", "secretary", NOW)).code());
    }

    @Test
    void anEmptyReplyIsRefused() {
        Opinion opinion = received();
        assertEquals("opinion.replyRequired", assertThrows(RuleViolation.class, () ->
                opinion.reply(" ", rules, "secretary", NOW)).code());
        assertEquals(OpinionState.RECEIVED, opinion.getState());
    }

    @Test
    void forwardingHandsTheOpinionOnWithAFreshDeadline() {
        Opinion opinion = received();
        LocalDate later = NOW.toLocalDate().plusDays(3);
        opinion.forwardTo(otherBranch, "属西岭村事务", rules, later);
        assertEquals(OpinionState.FORWARDED, opinion.getState());
        assertSame(otherBranch, opinion.getHandler());
        assertSame(branch, opinion.getForwardedFrom());
        assertEquals(later.plusDays(rules.getHandlingDays()), opinion.getDeadline());
        assertEquals("opinion.forwardUnitInvalid", assertThrows(RuleViolation.class, () ->
                opinion.forwardTo(otherBranch, null, rules, later)).code(), "not to the unit that has it");
        opinion.reply("已处理", rules, "other", NOW.plusDays(4));
        assertEquals(OpinionState.REPLIED, opinion.getState());
    }

    @Test
    void closingAnUnansweredOpinionNeedsAWordForTheWriter() {
        Opinion opinion = received();
        assertEquals("opinion.closingNoteRequired", assertThrows(RuleViolation.class, () ->
                opinion.close(" ", "secretary", NOW)).code());
        opinion.close("重复意见，已在另一条中答复", "secretary", NOW);
        assertEquals(OpinionState.CLOSED, opinion.getState());
        assertEquals("opinion.notAwaitingReply", assertThrows(RuleViolation.class, () ->
                opinion.reply("晚了", rules, "secretary", NOW)).code());
    }

    @Test
    void overdueOnlyWhileAwaitingAndPastTheDeadline() {
        Opinion opinion = received();
        LocalDate deadline = opinion.getDeadline();
        assertFalse(opinion.isOverdue(deadline), "the deadline day itself is in time");
        assertTrue(opinion.isOverdue(deadline.plusDays(1)));
        opinion.reply("已答复", rules, "secretary", NOW);
        assertFalse(opinion.isOverdue(deadline.plusDays(1)), "a replied opinion is not overdue");
    }
}
