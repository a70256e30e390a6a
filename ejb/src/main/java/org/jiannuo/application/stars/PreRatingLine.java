package org.jiannuo.application.stars;

import java.io.Serializable;
import java.util.Map;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAspect;

/**
 * A member on the branch's half-year pre-assessment: the cap and each aspect's most they are rated under, the stars
 * the branch gave them ({@code rated} false while none), its note, and their debriefing as far as written.
 */
public record PreRatingLine(long personId, String name, VillageCategory category, int cap,
        Map<StarAspect, Integer> aspectMost, boolean rated, Map<StarAspect, Integer> stars, int total, String note,
        String achievements, String shortcomings, boolean debriefed) implements Serializable {
}
