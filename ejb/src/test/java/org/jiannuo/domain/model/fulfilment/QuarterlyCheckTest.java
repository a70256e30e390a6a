package org.jiannuo.domain.model.fulfilment;

import static org.jiannuo.domain.model.fulfilment.Items.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterlyCheckTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);
    private static final String NOTE = "十月未按计划走访";

    private final Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);

    @ParameterizedTest(name = "{0} is in quarter {1}")
    @CsvSource({"2026-01-01, 1", "2026-03-31, 1", "2026-04-01, 2", "2026-06-30, 2", "2026-07-01, 3",
        "2026-09-30, 3", "2026-10-01, 4", "2026-12-31, 4", "2028-02-29, 1"})
    void aDayFallsInItsQuarter(LocalDate day, int quarter) {
        assertEquals(quarter, QuarterlyCheck.quarterOf(day));
    }

    @Test
    void theCurrentQuarterIsChecked() {
        QuarterlyCheck check = QuarterlyCheck.of(item, 2026, 4, QuarterAssessment.ON_SCHEDULE, null, "shuji", NOW);

        assertEquals(2026, check.getYear());
        assertEquals(4, check.getQuarter());
        assertEquals(QuarterAssessment.ON_SCHEDULE, check.getAssessment());
        assertNull(check.getNote());
        assertEquals("shuji", check.getCheckedBy());
        assertEquals(NOW, check.getCheckedAt());
    }

    @Test
    void anEarlierQuarterOfTheYearIsChecked() {
        assertDoesNotThrow(() -> QuarterlyCheck.of(item, 2026, 1, QuarterAssessment.ON_SCHEDULE, null, "shuji", NOW));
    }

    @Test
    void aQuarterThatHasNotBegunIsNotChecked() {
        var violation = assertRefused("quarterlyCheck.quarterNotBegun",
                () -> QuarterlyCheck.of(item, 2027, 1, QuarterAssessment.ON_SCHEDULE, null, "shuji", NOW));

        assertArrayEquals(new Object[] {2027, 1}, violation.arguments());
    }

    @Test
    void aQuarterIsCheckedFromItsFirstDay() {
        LocalDateTime lastDayOfQ3 = LocalDateTime.of(2026, 9, 30, 23, 59);
        LocalDateTime firstDayOfQ4 = LocalDateTime.of(2026, 10, 1, 0, 0);

        assertRefused("quarterlyCheck.quarterNotBegun",
                () -> QuarterlyCheck.of(item, 2026, 4, QuarterAssessment.ON_SCHEDULE, null, "shuji", lastDayOfQ3));
        assertDoesNotThrow(
                () -> QuarterlyCheck.of(item, 2026, 4, QuarterAssessment.ON_SCHEDULE, null, "shuji", firstDayOfQ4));
    }

    @Test
    void aQuarterBeforeTheCommitmentYearIsNotChecked() {
        assertRefused("quarterlyCheck.quarterNotBegun",
                () -> QuarterlyCheck.of(item, 2025, 4, QuarterAssessment.ON_SCHEDULE, null, "shuji", NOW));
    }

    @Test
    void theLastQuarterOfLastYearsItemIsCheckedInTheNewYear() {
        assertDoesNotThrow(() -> QuarterlyCheck.of(item, 2026, 4, QuarterAssessment.BEHIND, NOTE, "shuji",
                LocalDateTime.of(2027, 1, 8, 9, 0)));
    }

    @ParameterizedTest(name = "quarter {0}")
    @ValueSource(ints = {0, 5, -1})
    void thereAreFourQuarters(int quarter) {
        assertRefused("quarterlyCheck.quarterRange",
                () -> QuarterlyCheck.of(item, 2026, quarter, QuarterAssessment.ON_SCHEDULE, null, "shuji", NOW));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = QuarterAssessment.class, names = {"BEHIND", "AT_RISK"})
    void anItemFoundWantingNeedsANote(QuarterAssessment assessment) {
        assertRefused("quarterlyCheck.noteRequired",
                () -> QuarterlyCheck.of(item, 2026, 4, assessment, null, "shuji", NOW));
        assertRefused("quarterlyCheck.noteRequired",
                () -> QuarterlyCheck.of(item, 2026, 4, assessment, "   ", "shuji", NOW));

        QuarterlyCheck check = QuarterlyCheck.of(item, 2026, 4, assessment, "  " + NOTE + " ", "shuji", NOW);
        assertEquals(NOTE, check.getNote());
    }

    @Test
    void anItemOnScheduleNeedsNoNoteButMayHaveOne() {
        assertNull(QuarterlyCheck.of(item, 2026, 4, QuarterAssessment.ON_SCHEDULE, "  ", "shuji", NOW).getNote());
        assertEquals("进展顺利", QuarterlyCheck.of(item, 2026, 4, QuarterAssessment.ON_SCHEDULE, "进展顺利", "shuji", NOW)
                .getNote());
    }

    @Test
    void aCheckNeedsAnAssessment() {
        assertRefused("quarterlyCheck.assessmentRequired",
                () -> QuarterlyCheck.of(item, 2026, 4, null, NOTE, "shuji", NOW));
    }

    @Test
    void aNoteOfAThousandCharactersIsAcceptedAndOneMoreRefused() {
        assertDoesNotThrow(() -> QuarterlyCheck.of(item, 2026, 4, QuarterAssessment.AT_RISK, "记".repeat(1000), "shuji",
                NOW));
        assertRefused("fulfilment.noteTooLong",
                () -> QuarterlyCheck.of(item, 2026, 4, QuarterAssessment.AT_RISK, "记".repeat(1001), "shuji", NOW));
    }

    @Test
    void theReviewerRevisesTheCheck() {
        QuarterlyCheck check = QuarterlyCheck.of(item, 2026, 4, QuarterAssessment.ON_SCHEDULE, null, "shuji", NOW);

        assertRefused("quarterlyCheck.noteRequired", () -> check.revise(QuarterAssessment.AT_RISK, null, "li", NOW));
        assertEquals(QuarterAssessment.ON_SCHEDULE, check.getAssessment(), "a refused revision changes nothing");

        check.revise(QuarterAssessment.AT_RISK, NOTE, "li", NOW.plusDays(1));
        assertEquals(QuarterAssessment.AT_RISK, check.getAssessment());
        assertEquals(NOTE, check.getNote());
        assertEquals("li", check.getCheckedBy());
        assertEquals(NOW.plusDays(1), check.getCheckedAt());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CommitmentStatus.class, names = {"REGISTERED", "COMPLETION_REPORTED"})
    void anApprovedItemNotYetClosedIsChecked(CommitmentStatus status) {
        Commitment approved = Items.inStatus(2026, status);

        assertDoesNotThrow(() -> QuarterlyCheck.of(approved, 2026, 4, QuarterAssessment.ON_SCHEDULE, null, "shuji", NOW));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CommitmentStatus.class, names = {"DRAFT", "SUBMITTED", "RETURNED", "REJECTED", "CLOSED"})
    void anItemNotApprovedOrAlreadyClosedIsNotChecked(CommitmentStatus status) {
        Commitment notChecked = Items.inStatus(2026, status);

        var violation = assertRefused("quarterlyCheck.notInFulfilment",
                () -> QuarterlyCheck.of(notChecked, 2026, 4, QuarterAssessment.ON_SCHEDULE, null, "shuji", NOW));

        assertArrayEquals(new Object[] {status}, violation.arguments());
    }
}
