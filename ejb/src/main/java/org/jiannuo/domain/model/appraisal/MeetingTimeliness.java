package org.jiannuo.domain.model.appraisal;

import java.time.LocalDate;

/** How a unit stands with one period's meeting, as the department's dashboard shows it. */
public enum MeetingTimeliness {
    ON_TIME,
    LATE,
    /** Not held, and the due date has passed. */
    MISSING,
    /** Not held yet, but still within time. */
    PENDING;

    public static MeetingTimeliness of(LocalDate heldOn, LocalDate dueDate, LocalDate today) {
        if (heldOn != null) {
            return heldOn.isAfter(dueDate) ? LATE : ON_TIME;
        }
        return today.isAfter(dueDate) ? MISSING : PENDING;
    }
}
