package org.jiannuo.domain.model.appraisal;

import java.time.YearMonth;

/**
 * How often leaders comment (点评) on those they lead: every month at the meeting (seed 004), or once a half
 * (seed 001), at the meeting of the half's last month, June and December.
 */
public enum RemarkCadence {
    MONTHLY,
    HALF_YEARLY;

    /** Whether the meeting of this month calls for leaders' remarks. */
    public boolean callsForRemarksIn(YearMonth month) {
        return this == MONTHLY || month.getMonthValue() % 6 == 0;
    }
}
