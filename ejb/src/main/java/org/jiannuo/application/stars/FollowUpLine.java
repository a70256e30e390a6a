package org.jiannuo.application.stars;

import java.io.Serializable;
import java.util.Map;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarStanding;

/**
 * A member's published year-end stars with their follow-up: where the stars place them, whether they are a reserve
 * village cadre, and for a lagging member the pairing (its id, the helper) once made.
 */
public record FollowUpLine(long personId, String name, long unitId, String unitName, VillageCategory category, int cap,
        Map<StarAspect, Integer> stars, int total, StarStanding standing, boolean reserve, String reserveNote,
        Long laggingId, Long helperId, String helperName) implements Serializable {

    public boolean commended() {
        return standing == StarStanding.COMMENDED;
    }

    public boolean lagging() {
        return standing == StarStanding.LAGGING;
    }
}
