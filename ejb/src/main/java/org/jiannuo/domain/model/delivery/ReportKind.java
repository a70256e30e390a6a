package org.jiannuo.domain.model.delivery;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The reports a subscription delivers, each with the period a firing on a given day delivers: the month just
 * ended for the evaluation tables and the ledger, the half-year just ended for the bulletin. The annual summary
 * has a place here for the subscriptions of the issue that adds it, and cannot be subscribed to before.
 */
public enum ReportKind {
    /** The star-pioneer evaluation table of the recipient's unit's meeting, once published. */
    EVALUATION_TABLES,
    /** The half-year bulletin of the recipient's unit, once published. */
    HALF_YEAR_BULLETIN,
    /** The fulfilment ledger of the recipient's subtree for the year of the month just ended. */
    LEDGER,
    /** Not generated yet. */
    ANNUAL_SUMMARY;

    public boolean isDeliverable() {
        return this != ANNUAL_SUMMARY;
    }

    public void requireDeliverable() {
        if (!isDeliverable()) {
            throw new RuleViolation("subscription.reportNotYet");
        }
    }

    /** The period a firing on this day delivers, as text: {@code 2026-10} or {@code 2026-H1}. */
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
