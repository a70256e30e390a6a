package org.jiannuo.domain.model.stars;

import java.io.Serializable;

/**
 * The follow-up's thresholds: commended from so many stars, lagging at so many or fewer, in the upper cap group
 * (10 by default) and in the lower (6).
 */
public record FollowUpThresholds(int commendUpper, int commendLower, int laggingUpper, int laggingLower)
        implements Serializable {
}
