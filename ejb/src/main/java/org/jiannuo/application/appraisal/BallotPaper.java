package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import org.jiannuo.domain.model.appraisal.MeetingKind;

/** What a voter sees: the meeting, whether the ballot is open to them, and the subjects to rate. */
public record BallotPaper(long meetingId, String unitName, MeetingKind kind, YearMonth period, boolean open,
        boolean hasVoted, List<BallotSubject> subjects) implements Serializable {
}
