package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.appraisal.BallotMode;
import org.jiannuo.domain.model.appraisal.GradingGroup;

/**
 * A meeting as its screen shows it: the record, the roster with narrations, the remarks, the
 * ballot's turnout (never its contents before it closes) and what the caller may do.
 *
 * @param openForVoting an electronic ballot is open: attendees vote on their phones
 */
public record MeetingView(MeetingSummary summary, long version, String topic, BallotMode ballotMode,
        boolean openForVoting, int present,
        int ballotsCast, int paperBallots, List<GradingGroup> groupsConfirmed, List<AttendanceLine> roster,
        List<RemarkLine> remarks, MeetingPermissions permissions) implements Serializable {

    public long id() {
        return summary.id();
    }
}
