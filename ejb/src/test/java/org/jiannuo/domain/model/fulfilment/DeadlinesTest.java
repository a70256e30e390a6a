package org.jiannuo.domain.model.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DeadlinesTest {

    private static final LocalDate DUE = LocalDate.of(2027, 6, 30);
    private final Deadlines deadlines = new Deadlines(20, 7);

    @Test
    void theDefaultsAreTheRecordOnThe20thAndAWeeksWarning() {
        assertEquals(new Deadlines(20, 7), Deadlines.DEFAULT);
    }

    @ParameterizedTest(name = "on {0}: late {1}, due soon {2}")
    @CsvSource({"2027-06-22, false, false", "2027-06-23, false, true", "2027-06-29, false, true",
            "2027-06-30, false, true", "2027-07-01, true, false", "2028-01-05, true, false"})
    void anItemIsDueSoonInTheWeekUpToItsDeadlineAndLateFromTheDayAfter(LocalDate today, boolean late, boolean soon) {
        Commitment item = Items.inStatus(DUE, CommitmentStatus.PUBLISHED);

        assertEquals(late, deadlines.isOverdue(item, today), "late");
        assertEquals(soon, deadlines.isDueSoon(item, today), "due soon");
    }

    @ParameterizedTest(name = "with {0} days' warning, on {1}: due soon {2}")
    @CsvSource({"0, 2027-06-29, false", "0, 2027-06-30, true", "1, 2027-06-28, false", "1, 2027-06-29, true",
            "30, 2027-05-30, false", "30, 2027-05-31, true"})
    void theWarningIsTheSettingsNumberOfDays(int warningDays, LocalDate today, boolean soon) {
        Commitment item = Items.inStatus(DUE, CommitmentStatus.REGISTERED);

        assertEquals(soon, new Deadlines(20, warningDays).isDueSoon(item, today));
    }

    @ParameterizedTest(name = "a {0} item is neither late nor due soon")
    @EnumSource(value = CommitmentStatus.class, names = {"REGISTERED", "PUBLISHED"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAnItemInFulfilmentFallsBehind(CommitmentStatus status) {
        Commitment item = Items.inStatus(DUE, status);

        assertFalse(deadlines.isOverdue(item, DUE.plusDays(1)));
        assertFalse(deadlines.isDueSoon(item, DUE));
        assertFalse(deadlines.isRecordMissing(item, LocalDate.of(2027, 5, 25)));
    }

    /** The sweep's query takes these dates: it must find exactly the items the owner's list calls late or due soon. */
    @Test
    void theDatesGivenToTheDatabaseDrawTheSameLinesAsTheItemByItemChecks() {
        for (LocalDate due = LocalDate.of(2027, 5, 1); due.isBefore(LocalDate.of(2027, 8, 31)); due = due.plusDays(3)) {
            Commitment item = Items.inStatus(due, CommitmentStatus.PUBLISHED);
            for (int warning : new int[] {0, 1, 7, 31}) {
                Deadlines setting = new Deadlines(20, warning);
                for (LocalDate today = LocalDate.of(2027, 5, 1); today.isBefore(LocalDate.of(2027, 8, 1));
                        today = today.plusDays(1)) {
                    assertEquals(due.isBefore(setting.lateIfDueBefore(today)), setting.isOverdue(item, today),
                            "late on " + today + ", due " + due + ", warning " + warning);
                    assertEquals(!due.isBefore(setting.dueSoonFrom(today)) && !due.isAfter(setting.dueSoonUntil(today)),
                            setting.isDueSoon(item, today), "due soon on " + today + ", due " + due + ", warning " + warning);
                }
            }
        }
    }

    @ParameterizedTest(name = "on {0} with no record this month: missing {1}")
    @CsvSource({"2027-03-01, false", "2027-03-19, false", "2027-03-20, true", "2027-03-31, true",
            "2027-04-19, false", "2027-04-20, true"})
    void aMonthsRecordIsMissingFromItsRecordDayOn(LocalDate today, boolean missing) {
        Commitment item = Items.inStatus(2027, CommitmentStatus.PUBLISHED);
        item.recordProgress(YearMonth.of(2027, 2), 10, LocalDate.of(2027, 2, 15));

        assertEquals(missing, deadlines.isRecordMissing(item, today));
        assertEquals(missing ? Optional.of(YearMonth.from(today)) : Optional.empty(), deadlines.recordExpected(today));
    }

    @Test
    void aRecordOfTheMonthIsNotMissingAndAnEarlierOneDoesNotCount() {
        Commitment item = Items.inStatus(2027, CommitmentStatus.PUBLISHED);
        LocalDate today = LocalDate.of(2027, 3, 25);
        assertTrue(deadlines.isRecordMissing(item, today), "nothing recorded yet");

        item.recordProgress(YearMonth.of(2027, 2), 10, today);
        assertTrue(deadlines.isRecordMissing(item, today), "February's record is not March's");

        item.recordProgress(YearMonth.of(2027, 3), 20, today);
        assertFalse(deadlines.isRecordMissing(item, today), "March is recorded");
    }

    @Test
    void anItemOfALaterYearHasNoRecordMissingYetButOneOfAnEarlierYearHas() {
        LocalDate today = LocalDate.of(2027, 12, 25);

        assertFalse(deadlines.isRecordMissing(Items.inStatus(2028, CommitmentStatus.PUBLISHED), today), "next year's");
        assertTrue(deadlines.isRecordMissing(Items.inStatus(2026, CommitmentStatus.PUBLISHED), today),
                "last year's, still open");
    }

    @ParameterizedTest(name = "record day {0} in {1} falls on {2}")
    @CsvSource({"30, 2027-02, 2027-02-28", "30, 2028-02, 2028-02-29", "29, 2027-02, 2027-02-28",
            "29, 2028-02, 2028-02-29", "31, 2027-04, 2027-04-30", "31, 2027-05, 2027-05-31", "28, 2027-02, 2027-02-28",
            "1, 2027-02, 2027-02-01", "20, 2027-02, 2027-02-20"})
    void aRecordDayBeyondTheMonthsEndFallsOnItsLastDay(int recordDay, YearMonth month, LocalDate expected) {
        assertEquals(expected, new Deadlines(recordDay, 7).recordDayOf(month));
    }

    @ParameterizedTest(name = "record day 30, on {0}: missing {1}")
    @CsvSource({"2027-02-27, false", "2027-02-28, true", "2028-02-28, false", "2028-02-29, true",
            "2027-03-29, false", "2027-03-30, true"})
    void inFebruaryALateRecordDayStillComes(LocalDate today, boolean missing) {
        Commitment item = Items.inStatus(today.getYear(), CommitmentStatus.PUBLISHED);

        assertEquals(missing, new Deadlines(30, 7).isRecordMissing(item, today));
    }

    @Test
    void settingsOutsideTheMonthOrTheYearAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Deadlines(0, 7));
        assertThrows(IllegalArgumentException.class, () -> new Deadlines(32, 7));
        assertThrows(IllegalArgumentException.class, () -> new Deadlines(20, -1));
        assertThrows(IllegalArgumentException.class, () -> new Deadlines(20, 367));
        assertEquals(31, new Deadlines(31, 366).recordDay());
    }
}
