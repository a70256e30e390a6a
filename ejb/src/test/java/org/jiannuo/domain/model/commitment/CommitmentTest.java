package org.jiannuo.domain.model.commitment;

import static org.jiannuo.domain.model.commitment.CommitmentRulesTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommitmentTest {

    private static final LocalDate TODAY = LocalDate.of(2028, 1, 15);
    private static final LocalDateTime NOW = TODAY.atTime(9, 30);
    private static final CommitmentRules RULES = CommitmentRules.defaults(2028);

    private final OrgUnit committee = OrgUnit.root(OrgUnitType.COMMITTEE, "城关镇党委");
    private final OrgUnit branch = committee.addChild(OrgUnitType.BRANCH, "东岭村党支部");
    private final Person member = new Person(branch, "王秀英",
            IdCardNumber.withCheckCharacter("41052319800101002"), PartyStatus.FULL_MEMBER);

    @Test
    void anItemOfSubstanceWithADeadlineInTheYearIsAccepted() {
        Commitment commitment = Commitment.ofPerson(member, 2028, draft("学习", LocalDate.of(2028, 2, 29)), false, "wang");

        assertDoesNotThrow(() -> commitment.checkItem(RULES, false, TODAY), "the leap day of 2028");
        assertEquals(CommitmentForm.PERSONAL, commitment.getForm());
        assertEquals(branch, commitment.getReviewingUnit(), "a member's items go to their branch");
        assertEquals(CommitmentStatus.DRAFT, commitment.getStatus());
    }

    @Test
    void vagueOrMisdatedItemsAreRefused() {
        assertRefused("commitment.contentTooVague", () -> item("学习", "认真学习", "每月读书两本做好笔记", TODAY));
        assertDoesNotThrow(() -> item("学习", "学习党章党规八章", "每月读书两本做好笔记", TODAY), "eight characters");
        assertRefused("commitment.measuresTooVague", () -> item("学习", "学习党章党规八章", "多读书", TODAY));
        assertRefused("commitment.measuresRepeatContent", () -> item("学习", "学习党章党规八章", "学习党章党规八章", TODAY));
        assertRefused("commitment.unknownCategory", () -> item("发展业绩", "学习党章党规八章", "每月读书两本做好笔记", TODAY));
        assertRefused("commitment.dueDatePast", () -> item("学习", "学习党章党规八章", "每月读书两本做好笔记",
                TODAY.minusDays(1)));
        assertRefused("commitment.dueDateInYear", () -> item("学习", "学习党章党规八章", "每月读书两本做好笔记",
                LocalDate.of(2029, 1, 1)));
        assertDoesNotThrow(() -> item("学习", "学习党章党规八章", "每月读书两本做好笔记", LocalDate.of(2028, 12, 31)));
    }

    @Test
    void aReturnedItemIsRevisedAndSubmittedAgainKeepingEveryRevision() {
        Commitment commitment = Commitment.ofPerson(member, 2028, draft("服务", LocalDate.of(2028, 6, 30)), true, "zhibu");

        CommitmentRevision first = commitment.submit(NOW, "zhibu");
        assertEquals(1, first.getRevision());
        assertEquals(CommitmentStatus.SUBMITTED, commitment.getStatus());
        assertRefused("commitment.reasonRequired", () -> commitment.decide(ReviewOutcome.RETURN, " ", "shuji", NOW));
        assertRefused("commitment.notSubmittable", () -> commitment.submit(NOW, "zhibu"));

        ReviewDecision returned = commitment.decide(ReviewOutcome.RETURN, "与岗位结合不紧", "shuji", NOW);
        assertEquals(CommitmentStatus.RETURNED, commitment.getStatus());
        assertEquals(1, returned.getRevision());
        commitment.revise(new CommitmentDraft(CommitmentKind.ANNUAL, null, "服务", "为东岭村困难群众办实事五件",
                "每季度走访困难户并登记办理情况", LocalDate.of(2028, 6, 30)));
        CommitmentRevision second = commitment.submit(NOW.plusDays(1), "zhibu");
        assertEquals(2, second.getRevision());
        assertEquals("为东岭村困难群众办实事五件", second.getContent());
        assertEquals("每月帮助群众解决一件难事", first.getContent(), "the first version is kept as it was");

        commitment.decide(ReviewOutcome.APPROVE, null, "shuji", NOW.plusDays(2));
        assertEquals(CommitmentStatus.REGISTERED, commitment.getStatus());
        commitment.publish(TODAY.plusDays(3));
        assertEquals(CommitmentStatus.PUBLISHED, commitment.getStatus());
        assertEquals(TODAY.plusDays(3), commitment.getPublishedOn());
    }

    @Test
    void aChangeAfterPublicationGoesThroughReviewAgain() {
        Commitment commitment = Commitment.ofPerson(member, 2028, draft("工作", LocalDate.of(2028, 9, 30)), false, "wang");
        commitment.submit(NOW, "wang");
        commitment.decide(ReviewOutcome.APPROVE, null, "shuji", NOW);
        assertRefused("commitment.notUnderReview", () -> commitment.decide(ReviewOutcome.APPROVE, null, "shuji", NOW));
        commitment.publish(TODAY);

        commitment.revise(draft("工作", LocalDate.of(2028, 10, 31)));
        assertEquals(CommitmentStatus.DRAFT, commitment.getStatus());
        assertEquals(TODAY, commitment.getPublishedOn(), "the earlier publication stays on record");
        assertRefused("commitment.notRegistered", () -> commitment.publish(TODAY));
    }

    @Test
    void aRejectedItemIsFinal() {
        Commitment commitment = Commitment.ofPerson(member, 2028, draft("自律", LocalDate.of(2028, 12, 31)), false, "wang");
        commitment.submit(NOW, "wang");
        commitment.decide(ReviewOutcome.REJECT, "不切实际，请重新提出", "shuji", NOW);

        assertFalse(commitment.getStatus().countsTowardsQuota());
        assertRefused("commitment.notEditable", () -> commitment.revise(draft("自律", LocalDate.of(2028, 12, 31))));
        assertRefused("commitment.notSubmittable", () -> commitment.submit(NOW, "wang"));
    }

    @ParameterizedTest(name = "{0} is submittable")
    @EnumSource(value = CommitmentStatus.class, names = {"DRAFT", "RETURNED"})
    void draftsAndReturnedItemsAreSubmittable(CommitmentStatus status) {
        assertTrue(status.isSubmittable());
    }

    @ParameterizedTest(name = "{0} is not submittable")
    @EnumSource(value = CommitmentStatus.class, names = {"DRAFT", "RETURNED"}, mode = EnumSource.Mode.EXCLUDE)
    void nothingElseIsSubmittable(CommitmentStatus status) {
        assertFalse(status.isSubmittable());
    }

    @Test
    void anItemIsSubmittedExactlyWhenItsStatusSaysSo() {
        Commitment commitment = Commitment.ofPerson(member, 2028, draft("服务", LocalDate.of(2028, 6, 30)), false, "wang");
        assertTrue(commitment.getStatus().isSubmittable(), "a draft");
        commitment.submit(NOW, "wang");

        assertFalse(commitment.getStatus().isSubmittable(), "under review");
        assertRefused("commitment.notSubmittable", () -> commitment.submit(NOW, "wang"));
        commitment.decide(ReviewOutcome.RETURN, "与岗位结合不紧", "shuji", NOW);
        assertTrue(commitment.getStatus().isSubmittable(), "returned");
        assertDoesNotThrow(() -> commitment.submit(NOW, "wang"));
        commitment.decide(ReviewOutcome.APPROVE, null, "shuji", NOW);
        assertFalse(commitment.getStatus().isSubmittable(), "registered");
        assertRefused("commitment.notSubmittable", () -> commitment.submit(NOW, "wang"));
    }

    @Test
    void anOrganizationsItemGoesToItsSuperiorAndTheTopHasNone() {
        Commitment collective = Commitment.ofUnit(branch, 2028, draft("服务", LocalDate.of(2028, 12, 31)), "zhibu");
        assertEquals(committee, collective.getReviewingUnit());
        assertEquals(CommitmentForm.COLLECTIVE, collective.getForm());
        assertNull(collective.getOwnerPerson());
        assertRefused("commitment.topUnitHasNoReviewer", () ->
                Commitment.ofUnit(committee, 2028, draft("服务", LocalDate.of(2028, 12, 31)), "admin"));
    }

    private static CommitmentDraft draft(String category, LocalDate due) {
        return new CommitmentDraft(CommitmentKind.ANNUAL, null, category, "每月帮助群众解决一件难事",
                "建立联系户台账，每月上门走访一次", due);
    }

    private void item(String category, String content, String measures, LocalDate due) {
        Commitment.ofPerson(member, 2028, new CommitmentDraft(CommitmentKind.ANNUAL, null, category, content, measures,
                due), false, "wang").checkItem(RULES, false, TODAY);
    }
}
