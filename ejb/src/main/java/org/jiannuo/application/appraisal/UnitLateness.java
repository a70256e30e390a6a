package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.time.LocalDate;
import org.jiannuo.domain.model.appraisal.MeetingTimeliness;

/** A unit whose meeting of the period was late or is missing. */
public record UnitLateness(long unitId, String unitName, LocalDate heldOn, LocalDate dueDate,
        MeetingTimeliness timeliness) implements Serializable {
}
