package org.jiannuo.application.stars;

import java.util.Map;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarStanding;

/**
 * One member's line of the year-end star list: their branch, the published stars per aspect and in all under
 * their cap, where the stars place them, whether they are a reserve cadre and, lagging, who helps them.
 */
public record StarListLine(long unitId, String unitName, long personId, String name, VillageCategory category,
        int cap, Map<StarAspect, Integer> stars, int total, StarStanding standing, boolean reserve,
        String helperName) {
}
