package org.jiannuo.domain.model.delivery;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The reports a subscription delivers, each with the period a firing on a given day delivers: the month just
 * ended for the evaluation tables and the ledger, the half-year just ended for the bulletin, the year just ended
 * for the annual summary.
 */
public enum ReportKind {
    /** The star-pioneer evaluation table of the recipient's unit's meeting, once published. */
    EVALUATION_TABLES,
    /** The half-year bulletin of the recipient's unit, once published. */
    HALF_YEAR_BULLETIN,
    /** The fulfilment ledger of the recipient's subtree for the year of the month just ended. */
    LEDGER,
    /** The annual assessment summary of the recipient's subtree for the year just ended. */
    ANNUAL_SUMMARY;

    /** The period a firing on this day delivers, as text: {@code 2026-10}, {@code 2026-H1} or {@code 2025}. */
    public String periodBefore(LocalDate day) {
        YearMonth lastMonth = YearMonth.from(day).minusMonths(1);
        if (this == HALF_YEAR_BULLETIN) {
            YearMonth lastHalfEnd = day.getMonthValue() > 6 ? YearMonth.of(day.getYear(), 6)
                    : YearMonth.of(day.getYear() - 1, 12);
            return lastHalfEnd.getYear() + "-H" + (lastHalfEnd.getMonthValue() == 6 ? 1 : 2);
        }
        if (this == ANNUAL_SUMMARY) {
            return String.valueOf(day.getYear() - 1);
        }
        return lastMonth.toString();
    }
}
