package org.jiannuo.domain.model.appraisal;

import java.io.Serializable;

/** What the department admin sets for the monthly appraisal; see {@link AppraisalRules}. */
public record AppraisalSettings(int pioneerPercent, int minimumBallots, int lifeMeetingDay,
        int secretariesMeetingDay) implements Serializable {
}
