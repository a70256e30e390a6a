package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jiannuo.domain.model.appraisal.AppraisalRules;
import org.jiannuo.domain.model.appraisal.BallotState;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.MeetingTimeliness;

/** A meeting in a unit's list. */
public record MeetingSummary(long id, long unitId, String unitName, MeetingKind kind, YearMonth period,
        LocalDate heldOn, LocalDate dueDate, MeetingTimeliness timeliness, BallotState ballotState,
        boolean published) implements Serializable {

    static MeetingSummary of(Meeting meeting, AppraisalRules rules) {
        return new MeetingSummary(meeting.getId(), meeting.getUnit().getId(), meeting.getUnit().getName(),
                meeting.getKind(), meeting.period(), meeting.getHeldOn(), meeting.dueDate(rules),
                meeting.timeliness(rules), meeting.getBallotState(), meeting.isPublished());
    }
}
