package org.jiannuo.application.stars;

import java.io.Serializable;
import org.jiannuo.domain.model.person.VillageCategory;

/**
 * A village member on the branch's star book: their category and cap, the year's target (0 when none), whether it is
 * signed, how many posts they claimed and households they keep, and whether they meet the 1+2 rule.
 */
public record MemberStarLine(long personId, String name, VillageCategory category, int cap, int target,
        boolean targetWritten, boolean signed, int posts, int households, boolean liaisonMet) implements Serializable {
}
