package org.jiannuo.application.publicity;

import java.util.Map;
import org.jiannuo.domain.model.stars.StarAspect;

/**
 * The stars an objection against a member's year-end stars is about: the cap they were appraised under with each
 * aspect's most, the total before the objection and now, and the stars per aspect now (what an answer starts from).
 */
public record ObjectionStars(int cap, Map<StarAspect, Integer> most, int totalBefore, int totalNow,
        Map<StarAspect, Integer> aspectsNow) {
}
