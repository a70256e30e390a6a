package org.jiannuo.domain.model.fulfilment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.jiannuo.domain.model.commitment.Commitment;

/**
 * What an item in fulfilment is held to, and when it falls behind (seeds 000, 001: 每月一记实, 完成时限):
 * its deadline (late from the day after it, due soon from {@code warningDays} before it) and each
 * month's record (missing from the month's record day on, until it is made). The record day is read as
 * "on or after": a record day of 30 falls on the last day of February. The daily sweep asks the database
 * with the dates these methods give, and the owner's "what is due" asks the same methods of each item,
 * so that the reminders and the list cannot tell different stories.
 *
 * @param recordDay the day of the month from which a month without a record has its record missing (1–31)
 * @param warningDays how many days ahead of its deadline an item is due soon (0: only on the day itself)
 */
public record Deadlines(int recordDay, int warningDays) {

    /** The record on the 20th, a week's warning: what a department gets unless it is set otherwise. */
    public static final Deadlines DEFAULT = new Deadlines(20, 7);

    public Deadlines {
        if (recordDay < 1 || recordDay > 31) {
            throw new IllegalArgumentException("The record day is a day of the month, 1 to 31: " + recordDay);
        }
        if (warningDays < 0 || warningDays > 366) {
            throw new IllegalArgumentException("The warning is 0 to 366 days ahead: " + warningDays);
        }
    }

    /** Late: in fulfilment past its deadline. */
    public boolean isOverdue(Commitment item, LocalDate today) {
        return item.getStatus().isFulfilling() && item.getDueDate().isBefore(lateIfDueBefore(today));
    }

    /** Items due before this day are late on {@code today}. */
    public LocalDate lateIfDueBefore(LocalDate today) {
        return today;
    }

    /** Due soon: in fulfilment, its deadline between today and the end of the warning, both included. */
    public boolean isDueSoon(Commitment item, LocalDate today) {
        LocalDate due = item.getDueDate();
        return item.getStatus().isFulfilling() && !due.isBefore(dueSoonFrom(today)) && !due.isAfter(dueSoonUntil(today));
    }

    /** The earliest deadline that is due soon on {@code today}: one not yet late. */
    public LocalDate dueSoonFrom(LocalDate today) {
        return lateIfDueBefore(today);
    }

    /** The latest deadline that is due soon on {@code today}. */
    public LocalDate dueSoonUntil(LocalDate today) {
        return today.plusDays(warningDays);
    }

    /** The day of the month from which its record is missing: the record day, or the month's last day. */
    public LocalDate recordDayOf(YearMonth month) {
        return month.atDay(Math.min(recordDay, month.lengthOfMonth()));
    }

    /** The month whose record is missing on {@code today} where none was made: this month, from its record day. */
    public Optional<YearMonth> recordExpected(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return today.isBefore(recordDayOf(month)) ? Optional.empty() : Optional.of(month);
    }

    /**
     * The record of this month is missing: the item is in fulfilment, of this year or an earlier one,
     * the record day has come and no record was made for the month.
     */
    public boolean isRecordMissing(Commitment item, LocalDate today) {
        return recordExpected(today).filter(month -> item.getStatus().isFulfilling() && item.getYear() <= month.getYear()
                && (item.getLastRecordMonth() == null || item.getLastRecordMonth().isBefore(month.atDay(1)))).isPresent();
    }
}
