package org.jiannuo.domain.model.stars;

import java.util.EnumMap;
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

    /** Each aspect's most under this cap, for the screens. */
    public Map<StarAspect, Integer> mostPerAspect() {
        Map<StarAspect, Integer> most = new EnumMap<>(StarAspect.class);
        for (StarAspect aspect : StarAspect.values()) {
            most.put(aspect, mostIn(aspect));
        }
        return most;
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
