package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.appraisal.GradingGroup;

/**
 * What the caller may do at a meeting, so that screens offer only that.
 *
 * @param entersPaperCounts the caller keeps the record and a paper ballot waits for its counts
 * @param publishes the caller publishes the meeting's grades, which are not yet published
 * @param readsResults the caller reads the ballot's results and the grade sheets (an attendee alone does not)
 */
public record MeetingPermissions(boolean keepsRecord, List<GradingGroup> grades, boolean votes,
        boolean hasVoted, boolean entersPaperCounts, boolean publishes, boolean readsResults) implements Serializable {
}
