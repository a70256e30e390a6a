package org.jiannuo.domain.model.stars;

import java.util.Map;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * How many stars a member may get: the cap of their category (10 or 6 by default), and within it at most so many
 * per aspect. A target and every later rating are checked against it.
 */
public record StarCap(int cap, Map<StarAspect, Integer> aspectMost) {

    public StarCap {
        aspectMost = Map.copyOf(aspectMost);
    }

    public int mostIn(StarAspect aspect) {
        return Math.min(cap, aspectMost.getOrDefault(aspect, cap));
    }

    /** Refuses stars above an aspect's most or, in total, above the cap. */
    public AspectStars check(AspectStars stars) {
        for (StarAspect aspect : StarAspect.values()) {
            if (stars.of(aspect) > mostIn(aspect)) {
                throw new RuleViolation("stars.aboveAspect", aspect.name(), stars.of(aspect), mostIn(aspect));
            }
        }
        if (stars.total() > cap) {
            throw new RuleViolation("stars.aboveCap", stars.total(), cap);
        }
        return stars;
    }
}
