package org.jiannuo.application.stars;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** What the branch secretary records of the quarterly meeting: date, attendance, problems, suggestions, remarks. */
public record MeetingRecord(LocalDate heldOn, int attendees, String problems, String suggestions,
        Map<Long, String> remarks) implements Serializable {

    public MeetingRecord {
        remarks = remarks == null ? Map.of() : Map.copyOf(remarks);
    }
}
