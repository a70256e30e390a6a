package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jiannuo.domain.model.appraisal.MeetingKind;

/** For one kind of meeting and period: how many units held it on time, late, not at all, or may still hold it. */
public record MeetingTimelinessCount(MeetingKind kind, YearMonth period, LocalDate dueDate, long units, long onTime,
        long late, long missing, long pending) implements Serializable {
}
