package org.jiannuo.domain.model.fulfilment;

import static org.jiannuo.domain.model.fulfilment.Items.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FulfilmentRecordTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);
    private static final YearMonth THIS_MONTH = YearMonth.of(2026, 11);
    private static final String NOTE = "走访联系户三户并登记";

    private final Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);

    @Test
    void theCurrentMonthIsRecorded() {
        FulfilmentRecord record = FulfilmentRecord.of(item, THIS_MONTH, "  " + NOTE + "  ", 40, "wang", NOW);

        assertEquals(THIS_MONTH, record.getMonth());
        assertEquals(NOTE, record.getNote(), "the note is kept stripped");
        assertEquals(40, record.getProgress());
        assertEquals("wang", record.getRecordedBy());
        assertEquals(NOW, record.getRecordedAt());
        assertEquals(40, item.getProgress(), "the commitment takes the record's progress");
        assertEquals(LocalDate.of(2026, 11, 1), item.getLastRecordMonth());
    }

    @Test
    void aRegisteredItemNotYetPublishedIsRecordedToo() {
        Commitment registered = Items.inStatus(2026, CommitmentStatus.REGISTERED);

        assertDoesNotThrow(() -> FulfilmentRecord.of(registered, THIS_MONTH, NOTE, 10, "wang", NOW));
    }

    @Test
    void aMonthInTheFutureIsRefused() {
        var violation = assertRefused("fulfilment.monthInFuture",
                () -> FulfilmentRecord.of(item, THIS_MONTH.plusMonths(1), NOTE, 40, "wang", NOW));

        assertArrayEquals(new Object[] {YearMonth.of(2026, 12)}, violation.arguments());
        assertNull(item.getLastRecordMonth(), "nothing recorded");
    }

    @Test
    void aMonthBeforeTheCommitmentYearIsRefused() {
        var violation = assertRefused("fulfilment.monthBeforeYear",
                () -> FulfilmentRecord.of(item, YearMonth.of(2025, 12), NOTE, 40, "wang", NOW));

        assertArrayEquals(new Object[] {YearMonth.of(2025, 12), 2026}, violation.arguments());
    }

    @Test
    void januaryOfTheCommitmentYearIsRecorded() {
        assertDoesNotThrow(() -> FulfilmentRecord.of(item, YearMonth.of(2026, 1), NOTE, 5, "wang", NOW));
    }

    @Test
    void aJanuaryRecordOfLastYearsCommitmentIsAllowedAcrossTheYearBoundary() {
        Commitment lastYears = Items.inStatus(2026, CommitmentStatus.PUBLISHED);

        assertRecorded(lastYears, YearMonth.of(2027, 1), 90, LocalDateTime.of(2027, 1, 5, 8, 0));
    }

    @Test
    void februaryIsRecordedOnTheLeapDayButMarchIsStillAhead() {
        Commitment leapYear = Items.inStatus(2028, CommitmentStatus.PUBLISHED);
        LocalDateTime leapDay = LocalDateTime.of(2028, 2, 29, 23, 59);

        assertRecorded(leapYear, YearMonth.of(2028, 2), 20, leapDay);
        assertRefused("fulfilment.monthInFuture",
                () -> FulfilmentRecord.of(leapYear, YearMonth.of(2028, 3), NOTE, 20, "wang", leapDay));
    }

    @ParameterizedTest(name = "progress {0}")
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void progressOutsideZeroToHundredIsRefused(int progress) {
        assertRefused("fulfilment.progressRange",
                () -> FulfilmentRecord.of(item, THIS_MONTH, NOTE, progress, "wang", NOW));
        assertEquals(0, item.getProgress());
    }

    @ParameterizedTest(name = "progress {0}")
    @ValueSource(ints = {0, 100})
    void progressAtTheEndsOfTheRangeIsAccepted(int progress) {
        assertDoesNotThrow(() -> FulfilmentRecord.of(item, THIS_MONTH, NOTE, progress, "wang", NOW));
        assertEquals(progress, item.getProgress());
    }

    @Test
    void aLaterMonthMayNotRecordLessProgress() {
        FulfilmentRecord.of(item, YearMonth.of(2026, 9), NOTE, 50, "wang", NOW);

        var violation = assertRefused("fulfilment.progressWentBack",
                () -> FulfilmentRecord.of(item, YearMonth.of(2026, 10), NOTE, 49, "wang", NOW));

        assertArrayEquals(new Object[] {50}, violation.arguments());
        assertEquals(50, item.getProgress());
        assertEquals(LocalDate.of(2026, 9, 1), item.getLastRecordMonth());
    }

    @Test
    void aLaterMonthMayRecordTheSameProgress() {
        FulfilmentRecord.of(item, YearMonth.of(2026, 9), NOTE, 50, "wang", NOW);

        assertDoesNotThrow(() -> FulfilmentRecord.of(item, YearMonth.of(2026, 10), NOTE, 50, "wang", NOW));
        assertEquals(LocalDate.of(2026, 10, 1), item.getLastRecordMonth());
    }

    @Test
    void aMissedEarlierMonthMayNotRecordMoreThanTheLatest() {
        FulfilmentRecord.of(item, YearMonth.of(2026, 10), NOTE, 60, "wang", NOW);

        var violation = assertRefused("fulfilment.progressAboveLater",
                () -> FulfilmentRecord.of(item, YearMonth.of(2026, 8), NOTE, 61, "wang", NOW));

        assertArrayEquals(new Object[] {60, YearMonth.of(2026, 10)}, violation.arguments());
    }

    @Test
    void aMissedEarlierMonthAtOrBelowTheLatestIsFilledInWithoutMovingTheLatest() {
        FulfilmentRecord.of(item, YearMonth.of(2026, 10), NOTE, 60, "wang", NOW);

        FulfilmentRecord equal = FulfilmentRecord.of(item, YearMonth.of(2026, 9), NOTE, 60, "wang", NOW);
        FulfilmentRecord below = FulfilmentRecord.of(item, YearMonth.of(2026, 8), NOTE, 30, "wang", NOW);

        assertEquals(60, equal.getProgress());
        assertEquals(30, below.getProgress());
        assertEquals(LocalDate.of(2026, 10, 1), item.getLastRecordMonth(), "October stays the latest");
        assertEquals(60, item.getProgress(), "the item keeps the latest month's progress");
    }

    @Test
    void aNoteShorterThanEightCharactersIsRefused() {
        var violation = assertRefused("fulfilment.noteTooShort",
                () -> FulfilmentRecord.of(item, THIS_MONTH, "走访联系户三户", 40, "wang", NOW));

        assertArrayEquals(new Object[] {8}, violation.arguments());
        assertNull(item.getLastRecordMonth(), "nothing recorded");
    }

    @Test
    void blanksAroundTheNoteDoNotCountTowardsItsLength() {
        assertRefused("fulfilment.noteTooShort",
                () -> FulfilmentRecord.of(item, THIS_MONTH, "   走访联系户三户   ", 40, "wang", NOW));
        assertRefused("fulfilment.noteTooShort", () -> FulfilmentRecord.of(item, THIS_MONTH, null, 40, "wang", NOW));
    }

    @Test
    void aNoteOfExactlyEightCharactersIsAccepted() {
        FulfilmentRecord record = FulfilmentRecord.of(item, THIS_MONTH, "走访联系户三户了", 40, "wang", NOW);

        assertEquals(8, record.getNote().length());
    }

    @Test
    void aNoteOfTwoThousandCharactersIsAcceptedAndOneMoreRefused() {
        assertDoesNotThrow(() -> FulfilmentRecord.of(item, YearMonth.of(2026, 10), "记".repeat(2000), 40, "wang", NOW));

        var violation = assertRefused("fulfilment.noteTooLong",
                () -> FulfilmentRecord.of(item, THIS_MONTH, "记".repeat(2001), 40, "wang", NOW));

        assertArrayEquals(new Object[] {2000}, violation.arguments());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CommitmentStatus.class, names = {"DRAFT", "SUBMITTED", "RETURNED", "REJECTED",
            "COMPLETION_REPORTED", "CLOSED"})
    void anItemNotInFulfilmentTakesNoRecord(CommitmentStatus status) {
        Commitment notFulfilling = Items.inStatus(2026, status);
        int progressBefore = notFulfilling.getProgress();

        var violation = assertRefused("fulfilment.notInFulfilment",
                () -> FulfilmentRecord.of(notFulfilling, THIS_MONTH, NOTE, 40, "wang", NOW));

        assertArrayEquals(new Object[] {status}, violation.arguments());
        assertEquals(progressBefore, notFulfilling.getProgress());
        assertNull(notFulfilling.getLastRecordMonth());
    }

    @Test
    void theLatestMonthIsCorrected() {
        FulfilmentRecord record = FulfilmentRecord.of(item, THIS_MONTH, NOTE, 40, "wang", NOW);
        LocalDateTime later = NOW.plusHours(2);

        record.correct("走访联系户五户并登记在册", 55, 0, "li", later);

        assertEquals("走访联系户五户并登记在册", record.getNote());
        assertEquals(55, record.getProgress());
        assertEquals("li", record.getRecordedBy());
        assertEquals(later, record.getRecordedAt());
        assertEquals(55, item.getProgress());
    }

    @Test
    void onlyTheLatestMonthMayBeCorrected() {
        FulfilmentRecord october = FulfilmentRecord.of(item, YearMonth.of(2026, 10), NOTE, 40, "wang", NOW);
        FulfilmentRecord.of(item, THIS_MONTH, NOTE, 50, "wang", NOW);

        var violation = assertRefused("fulfilment.onlyLatestCorrectable",
                () -> october.correct("十月实际走访两户并登记", 45, 0, "wang", NOW));

        assertArrayEquals(new Object[] {YearMonth.of(2026, 10)}, violation.arguments());
        assertEquals(NOTE, october.getNote(), "the October record is unchanged");
        assertEquals(40, october.getProgress());
        assertEquals(50, item.getProgress());
    }

    @Test
    void anEarlierMonthFilledInAfterwardsMayNotBeCorrected() {
        FulfilmentRecord.of(item, THIS_MONTH, NOTE, 50, "wang", NOW);
        FulfilmentRecord missed = FulfilmentRecord.of(item, YearMonth.of(2026, 9), NOTE, 30, "wang", NOW);

        assertRefused("fulfilment.onlyLatestCorrectable", () -> missed.correct(NOTE, 30, 0, "wang", NOW));
    }

    @Test
    void aCorrectionMayNotGoBelowTheMonthBefore() {
        FulfilmentRecord.of(item, YearMonth.of(2026, 10), NOTE, 50, "wang", NOW);
        FulfilmentRecord november = FulfilmentRecord.of(item, THIS_MONTH, NOTE, 60, "wang", NOW);

        assertRefused("fulfilment.progressWentBack", () -> november.correct(NOTE, 10, 50, "wang", NOW));
        november.correct(NOTE, 50, 50, "wang", NOW);

        assertEquals(50, item.getProgress());
    }

    @Test
    void aRefusedCorrectionChangesNothing() {
        FulfilmentRecord record = FulfilmentRecord.of(item, THIS_MONTH, NOTE, 40, "wang", NOW);

        assertRefused("fulfilment.noteTooShort", () -> record.correct("太短", 60, 0, "li", NOW.plusHours(1)));
        assertRefused("fulfilment.progressRange", () -> record.correct("走访联系户五户并登记", 101, 0, "li", NOW.plusHours(1)));

        assertEquals(NOTE, record.getNote());
        assertEquals(40, record.getProgress());
        assertEquals("wang", record.getRecordedBy());
        assertEquals(40, item.getProgress());
    }

    @Test
    void aRecordIsNoLongerCorrectedOnceCompletionIsReported() {
        FulfilmentRecord record = FulfilmentRecord.of(item, THIS_MONTH, NOTE, 90, "wang", NOW);
        item.reportCompletion();

        assertRefused("fulfilment.notInFulfilment", () -> record.correct(NOTE, 95, 0, "wang", NOW));
        assertEquals(90, record.getProgress());
    }

    /** Records the month at the given moment, and finds it the record's month and the item's latest. */
    private static void assertRecorded(Commitment commitment, YearMonth month, int progress, LocalDateTime at) {
        FulfilmentRecord record = FulfilmentRecord.of(commitment, month, NOTE, progress, "wang", at);

        assertEquals(month, record.getMonth());
        assertEquals(month.atDay(1), commitment.getLastRecordMonth());
    }
}
