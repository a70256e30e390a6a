package org.jiannuo.domain.model.stars;

import java.io.Serializable;
import org.jiannuo.domain.model.quota.Quota;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A year-end quota on high stars (seed 003): of the members appraised under {@code cap} stars, those rated
 * {@code threshold} or more are at most {@code percent} of them (9+ of a 10-star cap, 5+ of a 6-star cap, 30% each
 * by default). Rounded down, as every "at most" share, so a group of 3 has none.
 */
public record StarQuota(int cap, int threshold, int percent) implements Serializable {

    public Quota quota() {
        return Quota.atMost(percent);
    }

    public boolean governs(StarRating rating) {
        return rating.getCap() == cap;
    }

    /** The most members of a group of this size that may be rated the threshold or more. */
    public int limit(int groupSize) {
        return quota().limit(groupSize);
    }

    /** Refuses more members at or above the threshold than the quota allows the group. */
    public void require(int highlyRated, int groupSize) {
        int limit = limit(groupSize);
        if (highlyRated > limit) {
            throw new RuleViolation("starAppraisal.overQuota", highlyRated, threshold,
                    limit, groupSize, cap, percent);
        }
    }
}
