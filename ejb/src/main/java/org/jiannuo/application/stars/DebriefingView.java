package org.jiannuo.application.stars;

import java.io.Serializable;
import org.jiannuo.domain.model.stars.StarDebriefing;

/** A member's half-year debriefing; version 0 and empty before it is first saved. */
public record DebriefingView(String half, String achievements, String shortcomings, boolean submitted, long version)
        implements Serializable {

    static DebriefingView of(StarDebriefing debriefing) {
        return new DebriefingView(debriefing.getPeriod().toString(), debriefing.getAchievements(),
                debriefing.getShortcomings(), debriefing.isSubmitted(), debriefing.getVersion());
    }
}
