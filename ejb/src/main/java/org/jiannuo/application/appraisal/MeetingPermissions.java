package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.appraisal.GradingGroup;

/** What the caller may do at a meeting, so that screens offer only that. */
public record MeetingPermissions(boolean keepsRecord, List<GradingGroup> grades, boolean votes,
        boolean hasVoted) implements Serializable {
}
