package org.jiannuo.domain.model.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Only what the board shows takes opinions, and the unit that answers for it handles them. */
class OpinionTargetTest {

    private static final LocalDateTime EARLY = LocalDateTime.of(2026, 1, 10, 9, 0);
    private final OrgUnit committee = OrgUnit.root(OrgUnitType.COMMITTEE, "城关镇党委");
    private final OrgUnit branch = committee.addChild(OrgUnitType.BRANCH, "东岭村党支部");
    private final Person member = new Person(branch, "王秀英", IdCardNumber.withCheckCharacter("41052319800101002"),
            PartyStatus.FULL_MEMBER);

    private Commitment approved() {
        Commitment commitment = Commitment.ofPerson(member, 2026, new CommitmentDraft(CommitmentKind.ANNUAL, null, "服务",
                "每月帮助群众解决一件难事", "建立联系户台账，每月上门走访一次", LocalDate.of(2026, 12, 31)), false, "wang");
        commitment.submit(EARLY, "wang");
        commitment.decide(ReviewOutcome.APPROVE, null, "shuji", EARLY);
        return commitment;
    }

    @Test
    void aPublishedCommitmentIsAnsweredByTheUnitThatReviewedIt() {
        Commitment commitment = approved();
        commitment.publish(EARLY.toLocalDate());
        OpinionTarget target = OpinionTarget.of(commitment);
        assertEquals(TargetKind.COMMITMENT, target.kind());
        assertSame(commitment.getReviewingUnit(), target.handler());
        assertSame(branch, target.handler(), "a member's commitment is the branch's to answer for");
        assertTrue(target.label().contains("王秀英") && target.label().contains("每月帮助群众解决一件难事"), target.label());
    }

    @Test
    void aCommitmentNotYetPublishedTakesNoOpinion() {
        Commitment registered = approved();
        assertEquals("opinion.targetNotPublic", assertThrows(RuleViolation.class, () -> OpinionTarget.of(registered)).code());
    }

    @Test
    void aUnitAnswersForItself() {
        OpinionTarget target = OpinionTarget.of(branch);
        assertSame(branch, target.handler());
        assertEquals("东岭村党支部", target.label());
    }
}
