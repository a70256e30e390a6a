package org.jiannuo.domain.model.appraisal;

import java.io.Serializable;

/** What the department admin sets for the monthly appraisal; see {@link AppraisalRules}. */
public record AppraisalSettings(int pioneerPercent, int minimumBallots, int lifeMeetingDay,
        int secretariesMeetingDay, RemarkCadence remarkCadence) implements Serializable {

    /** The same settings with leaders commenting at this cadence. */
    public AppraisalSettings withRemarkCadence(RemarkCadence cadence) {
        return new AppraisalSettings(pioneerPercent, minimumBallots, lifeMeetingDay, secretariesMeetingDay, cadence);
    }
}
