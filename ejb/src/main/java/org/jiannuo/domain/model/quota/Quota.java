package org.jiannuo.domain.model.quota;

import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A quota on a share of a group: how many of its members may hold a distinction. The rules say it two
 * ways. "About 15%" (pioneers, 约15%) allows the share rounded half up: 4 of 20 would be 20%, 3 is the
 * nearest. "At most 15%" (excellent, ≤15%; village stars, ≤30%) allows the share rounded down, so the
 * share is never exceeded. Either way small groups get none: the <em>small-group rule</em> is what the
 * rounding leaves, stated by {@link #largestGroupWithoutAny()} (at about 15%, groups of 1–3).
 */
public record Quota(int percent, Bound bound) {

    /** How the share is read. */
    public enum Bound {
        /** Rounded half up: the nearest whole number. */
        ABOUT,
        /** Rounded down: never more than the share. */
        AT_MOST
    }

    public Quota {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("A quota is a share of 1 to 100 percent: " + percent);
        }
        if (bound == null) {
            throw new IllegalArgumentException("A quota says whether its share is 'about' or 'at most'");
        }
    }

    public static Quota about(int percent) {
        return new Quota(percent, Bound.ABOUT);
    }

    public static Quota atMost(int percent) {
        return new Quota(percent, Bound.AT_MOST);
    }

    /** The most members of a group of this size that may hold the distinction. */
    public int limit(int groupSize) {
        if (groupSize < 0) {
            throw new IllegalArgumentException("A group has no negative size: " + groupSize);
        }
        long hundredths = (long) groupSize * percent;
        return (int) (bound == Bound.ABOUT ? (hundredths + 50) / 100 : hundredths / 100);
    }

    /** The largest group that may have none at all; 0 when even a group of one may have one. */
    public int largestGroupWithoutAny() {
        // ABOUT: size × percent < 50; AT_MOST: size × percent < 100
        return (bound == Bound.ABOUT ? 49 : 99) / percent;
    }

    /** Refuses more holders than the limit, with the given rule's code: (holders, limit, group size, percent). */
    public void require(long holders, int groupSize, String ruleCode) {
        int limit = limit(groupSize);
        if (holders > limit) {
            throw new RuleViolation(ruleCode, holders, limit, groupSize, percent);
        }
    }
}
