package org.jiannuo.domain.model.fulfilment;

import static org.jiannuo.domain.model.fulfilment.Items.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CloseOutAndRectificationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final String EVIDENCE = "全年走访联系户四十八户并建立台账";
    private static final String REASON = "走访记录不全，缺少第三季度台账";

    // --- completion report ---

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CommitmentStatus.class, names = {"REGISTERED", "PUBLISHED"})
    void anItemInFulfilmentIsReportedDone(CommitmentStatus status) {
        Commitment item = Items.inStatus(2026, status);

        CloseOutReport report = CloseOutReport.of(item, "  " + EVIDENCE + "  ", "wang", NOW);

        assertEquals(CommitmentStatus.COMPLETION_REPORTED, item.getStatus());
        assertEquals(EVIDENCE, report.getEvidence());
        assertEquals("wang", report.getReportedBy());
        assertEquals(NOW, report.getReportedAt());
        assertNull(report.getOutcome(), "not verified yet");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CommitmentStatus.class, names = {"REGISTERED", "PUBLISHED"}, mode = EnumSource.Mode.EXCLUDE)
    void anItemNotInFulfilmentCannotBeReportedDone(CommitmentStatus status) {
        Commitment item = Items.inStatus(2026, status);

        assertRefused("fulfilment.notInFulfilment", () -> CloseOutReport.of(item, EVIDENCE, "wang", NOW));
        assertEquals(status, item.getStatus());
    }

    @Test
    void aCompletionReportNeedsEvidenceOfSubstance() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);

        assertRefused("closeOut.evidenceTooShort", () -> CloseOutReport.of(item, "  已全部完成  ", "wang", NOW));
        assertRefused("closeOut.evidenceTooShort", () -> CloseOutReport.of(item, null, "wang", NOW));
        assertRefused("fulfilment.noteTooLong", () -> CloseOutReport.of(item, "记".repeat(2001), "wang", NOW));
        assertEquals(CommitmentStatus.PUBLISHED, item.getStatus(), "nothing reported");
    }

    // --- verification ---

    @Test
    void aVerifiedReportClosesTheItemOutAtFullProgress() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);
        FulfilmentRecord.of(item, YearMonth.of(2026, 11), "走访联系户三户并登记", 80, "wang", NOW);
        CloseOutReport report = CloseOutReport.of(item, EVIDENCE, "wang", NOW);
        LocalDateTime verifiedAt = NOW.plusDays(2);

        report.verify(CloseOutOutcome.CLOSED, null, false, "shuji", verifiedAt);

        assertEquals(CommitmentStatus.CLOSED, item.getStatus());
        assertEquals(verifiedAt.toLocalDate(), item.getClosedOn());
        assertEquals(100, item.getProgress());
        assertEquals(CloseOutOutcome.CLOSED, report.getOutcome());
        assertEquals("shuji", report.getVerifiedBy());
        assertEquals(verifiedAt, report.getVerifiedAt());
        assertNull(report.getReason());
    }

    @Test
    void anOpenRectificationKeepsTheItemFromBeingClosedAndChangesNothing() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);
        FulfilmentRecord.of(item, YearMonth.of(2026, 11), "走访联系户三户并登记", 80, "wang", NOW);
        CloseOutReport report = CloseOutReport.of(item, EVIDENCE, "wang", NOW);

        assertRefused("closeOut.rectificationOpen",
                () -> report.verify(CloseOutOutcome.CLOSED, null, true, "shuji", NOW));

        assertEquals(CommitmentStatus.COMPLETION_REPORTED, item.getStatus());
        assertNull(item.getClosedOn());
        assertEquals(80, item.getProgress());
        assertNull(report.getOutcome());
        assertNull(report.getVerifiedBy());
        assertNull(report.getVerifiedAt());
    }

    @Test
    void theReportIsVerifiedOnceTheRectificationIsSettled() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);
        CloseOutReport report = CloseOutReport.of(item, EVIDENCE, "wang", NOW);
        assertRefused("closeOut.rectificationOpen",
                () -> report.verify(CloseOutOutcome.CLOSED, null, true, "shuji", NOW));

        report.verify(CloseOutOutcome.CLOSED, null, false, "shuji", NOW.plusDays(5));

        assertEquals(CommitmentStatus.CLOSED, item.getStatus());
    }

    @ParameterizedTest(name = "reason \"{0}\"")
    @ValueSource(strings = {"", "   "})
    void sendingBackNeedsAReason(String blank) {
        CloseOutReport report = reportOnPublishedItem();

        assertRefused("closeOut.reasonRequired", () -> report.verify(CloseOutOutcome.SENT_BACK, blank, false, "shuji", NOW));
        assertRefused("closeOut.reasonRequired", () -> report.verify(CloseOutOutcome.SENT_BACK, null, false, "shuji", NOW));

        assertUnverified(report);
    }

    @Test
    void aVerdictIsNeededAndAReasonFitsItsColumn() {
        CloseOutReport report = reportOnPublishedItem();

        assertRefused("closeOut.verdictRequired", () -> report.verify(null, null, false, "shuji", NOW));
        assertRefused("fulfilment.noteTooLong",
                () -> report.verify(CloseOutOutcome.SENT_BACK, "记".repeat(1001), false, "shuji", NOW));

        assertUnverified(report);
    }

    @Test
    void aPublishedItemSentBackIsPublishedAgain() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);
        CloseOutReport report = CloseOutReport.of(item, EVIDENCE, "wang", NOW);

        report.verify(CloseOutOutcome.SENT_BACK, "  " + REASON + " ", false, "shuji", NOW);

        assertEquals(CommitmentStatus.PUBLISHED, item.getStatus());
        assertEquals(CloseOutOutcome.SENT_BACK, report.getOutcome());
        assertEquals(REASON, report.getReason());
        assertNull(item.getClosedOn());
    }

    @Test
    void aRegisteredItemSentBackIsRegisteredAgain() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.REGISTERED);
        CloseOutReport report = CloseOutReport.of(item, EVIDENCE, "wang", NOW);

        report.verify(CloseOutOutcome.SENT_BACK, REASON, false, "shuji", NOW);

        assertEquals(CommitmentStatus.REGISTERED, item.getStatus());
    }

    @Test
    void anItemSentBackIsRecordedAndReportedAgain() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);
        CloseOutReport.of(item, EVIDENCE, "wang", NOW).verify(CloseOutOutcome.SENT_BACK, REASON, false, "shuji", NOW);

        FulfilmentRecord.of(item, YearMonth.of(2026, 11), "补齐第三季度走访台账", 95, "wang", NOW);
        CloseOutReport second = CloseOutReport.of(item, EVIDENCE, "wang", NOW.plusDays(1));
        second.verify(CloseOutOutcome.CLOSED, null, false, "shuji", NOW.plusDays(2));

        assertEquals(CommitmentStatus.CLOSED, item.getStatus());
    }

    @Test
    void aClosedReportCannotBeVerifiedAgain() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);
        CloseOutReport report = CloseOutReport.of(item, EVIDENCE, "wang", NOW);
        report.verify(CloseOutOutcome.CLOSED, null, false, "shuji", NOW);

        assertRefused("closeOut.alreadyVerified",
                () -> report.verify(CloseOutOutcome.SENT_BACK, REASON, false, "li", NOW.plusDays(1)));

        assertEquals(CommitmentStatus.CLOSED, item.getStatus());
        assertEquals(CloseOutOutcome.CLOSED, report.getOutcome());
        assertEquals("shuji", report.getVerifiedBy());
    }

    @Test
    void aSentBackReportCannotBeVerifiedAgain() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);
        CloseOutReport report = CloseOutReport.of(item, EVIDENCE, "wang", NOW);
        report.verify(CloseOutOutcome.SENT_BACK, REASON, false, "shuji", NOW);

        assertRefused("closeOut.alreadyVerified",
                () -> report.verify(CloseOutOutcome.CLOSED, null, false, "shuji", NOW));

        assertEquals(CommitmentStatus.PUBLISHED, item.getStatus());
    }

    /** A completion report on a published item, waiting for the reviewer's verdict. */
    private static CloseOutReport reportOnPublishedItem() {
        return CloseOutReport.of(Items.inStatus(2026, CommitmentStatus.PUBLISHED), EVIDENCE, "wang", NOW);
    }

    /** What a refused verdict leaves: the item still reported done, the report still without an outcome. */
    private static void assertUnverified(CloseOutReport report) {
        assertEquals(CommitmentStatus.COMPLETION_REPORTED, report.getCommitment().getStatus());
        assertNull(report.getOutcome());
    }

    // --- rectification ---

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CommitmentStatus.class, names = {"REGISTERED", "PUBLISHED", "COMPLETION_REPORTED"})
    void aRectificationIsOrderedOnAnApprovedItemNotYetClosed(CommitmentStatus status) {
        Commitment item = Items.inStatus(2026, status);
        LocalDate deadline = TODAY.plusDays(1);

        Rectification rectification = Rectification.order(item, "  " + REASON + "  ", deadline, "shuji", NOW);

        assertEquals(RectificationStatus.OPEN, rectification.getStatus());
        assertEquals(REASON, rectification.getReason());
        assertEquals(deadline, rectification.getDeadline());
        assertEquals("shuji", rectification.getOrderedBy());
        assertEquals(NOW, rectification.getOrderedAt());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CommitmentStatus.class, names = {"DRAFT", "SUBMITTED", "RETURNED", "REJECTED", "CLOSED"})
    void noRectificationIsOrderedOnAnItemNotApprovedOrAlreadyClosed(CommitmentStatus status) {
        Commitment item = Items.inStatus(2026, status);

        assertRefused("rectification.notOpen",
                () -> Rectification.order(item, REASON, TODAY.plusDays(10), "shuji", NOW));
    }

    @Test
    void aRectificationNeedsAReason() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);

        assertRefused("rectification.reasonRequired", () -> Rectification.order(item, "  ", TODAY.plusDays(10), "shuji", NOW));
        assertRefused("rectification.reasonRequired", () -> Rectification.order(item, null, TODAY.plusDays(10), "shuji", NOW));
        assertRefused("fulfilment.noteTooLong",
                () -> Rectification.order(item, "记".repeat(1001), TODAY.plusDays(10), "shuji", NOW));
    }

    @Test
    void aRectificationDeadlineMustLieAfterTheDayItIsOrdered() {
        Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);

        assertRefused("rectification.deadlineNotAhead", () -> Rectification.order(item, REASON, TODAY, "shuji", NOW));
        assertRefused("rectification.deadlineNotAhead",
                () -> Rectification.order(item, REASON, TODAY.minusDays(1), "shuji", NOW));
        assertRefused("rectification.deadlineNotAhead", () -> Rectification.order(item, REASON, null, "shuji", NOW));
        assertEquals(TODAY.plusDays(1),
                Rectification.order(item, REASON, TODAY.plusDays(1), "shuji", NOW).getDeadline());
    }

    @Test
    void theOwnerReportsARectificationDone() {
        Rectification rectification = ordered();
        LocalDateTime later = NOW.plusDays(3);

        rectification.reportDone("  已补齐第三季度走访台账  ", later);

        assertEquals(RectificationStatus.REPORTED, rectification.getStatus());
        assertEquals("已补齐第三季度走访台账", rectification.getReport());
        assertEquals(later, rectification.getReportedAt());
    }

    @Test
    void aRectificationReportNeedsEightCharacters() {
        Rectification rectification = ordered();

        assertRefused("fulfilment.noteTooShort", () -> rectification.reportDone("已补齐走访台账", NOW));
        assertRefused("fulfilment.noteTooShort", () -> rectification.reportDone(null, NOW));
        assertEquals(RectificationStatus.OPEN, rectification.getStatus());

        rectification.reportDone("已补齐全部走访台账", NOW);
        assertEquals(RectificationStatus.REPORTED, rectification.getStatus());
    }

    @Test
    void aRectificationIsNotReportedDoneTwice() {
        Rectification rectification = ordered();
        rectification.reportDone("已补齐第三季度走访台账", NOW);

        assertRefused("rectification.notOpenForReport", () -> rectification.reportDone("再次补充第四季度台账", NOW));
        assertEquals("已补齐第三季度走访台账", rectification.getReport());
    }

    @Test
    void theReviewerAcceptsAReportedRectification() {
        Rectification rectification = ordered();
        rectification.reportDone("已补齐第三季度走访台账", NOW);

        rectification.decide(true, null, "shuji", NOW.plusDays(1));

        assertEquals(RectificationStatus.ACCEPTED, rectification.getStatus());
        assertEquals("shuji", rectification.getDecidedBy());
        assertEquals(NOW.plusDays(1), rectification.getDecidedAt());
        assertNull(rectification.getReopenReason());
        assertRefused("rectification.notOpenForReport", () -> rectification.reportDone("已补齐第三季度走访台账", NOW));
    }

    @Test
    void reopeningARectificationNeedsAReason() {
        Rectification rectification = ordered();
        rectification.reportDone("已补齐第三季度走访台账", NOW);

        assertRefused("rectification.reasonRequired", () -> rectification.decide(false, " ", "shuji", NOW));
        assertRefused("rectification.reasonRequired", () -> rectification.decide(false, null, "shuji", NOW));
        assertRefused("fulfilment.noteTooLong", () -> rectification.decide(false, "记".repeat(1001), "shuji", NOW));

        assertEquals(RectificationStatus.REPORTED, rectification.getStatus());
        assertNull(rectification.getDecidedBy());
    }

    @Test
    void aReopenedRectificationIsOpenAgainWithTheReasonAndMayBeReportedAgain() {
        Rectification rectification = ordered();
        rectification.reportDone("已补齐第三季度走访台账", NOW);

        rectification.decide(false, " 台账缺少走访对象签字 ", "shuji", NOW.plusDays(1));

        assertEquals(RectificationStatus.OPEN, rectification.getStatus());
        assertEquals("台账缺少走访对象签字", rectification.getReopenReason());
        rectification.reportDone("已补齐走访对象签字并重新归档", NOW.plusDays(2));
        assertEquals(RectificationStatus.REPORTED, rectification.getStatus());
    }

    @Test
    void onlyAReportedRectificationIsDecided() {
        Rectification rectification = ordered();

        assertRefused("rectification.notReported", () -> rectification.decide(true, null, "shuji", NOW));

        rectification.reportDone("已补齐第三季度走访台账", NOW);
        rectification.decide(true, null, "shuji", NOW);
        assertRefused("rectification.notReported", () -> rectification.decide(false, REASON, "shuji", NOW));
        assertEquals(RectificationStatus.ACCEPTED, rectification.getStatus());
    }

    @Test
    void onlyAnAcceptedRectificationIsSettled() {
        assertTrue(RectificationStatus.OPEN.isUnsettled());
        assertTrue(RectificationStatus.REPORTED.isUnsettled());
        assertFalse(RectificationStatus.ACCEPTED.isUnsettled());
    }

    private static Rectification ordered() {
        return Rectification.order(Items.inStatus(2026, CommitmentStatus.PUBLISHED), REASON, TODAY.plusDays(14),
                "shuji", NOW);
    }
}
