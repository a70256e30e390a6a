package org.jiannuo.application.stars;

import java.io.Serializable;
import java.util.Map;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAspect;

/**
 * A member on the year-end star appraisal, with every input beside the committee's rating: their own assessment,
 * the peer and mass ballots' counts (option → ballots; empty until the ballot is closed with enough ballots) and the
 * rating itself under their cap and each aspect's most.
 */
public record StarRatingLine(long personId, String name, VillageCategory category, int cap,
        Map<StarAspect, Integer> aspectMost, boolean selfAssessed, Map<StarAspect, Integer> self, int selfTotal,
        Map<String, Integer> peer, Map<String, Integer> mass, boolean rated, Map<StarAspect, Integer> stars,
        int total, String reason) implements Serializable {
}
