package org.jiannuo.domain.model.publicity;

import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * How many submissions from the public board (opinions, objections) one sender's address and one target take in
 * an hour. The counts are those the database holds of the last hour, so that every node of a cluster holds the
 * same line and a restart forgets nothing.
 */
public record HourlyLimit(int perAddress, int perTarget) {

    public static final int MOST = 1000;

    public HourlyLimit {
        if (perAddress < 1 || perAddress > MOST || perTarget < 1 || perTarget > MOST) {
            throw new RuleViolation("publicity.hourlyLimitRange", 1, MOST);
        }
    }

    /** Refuses one more from an address that already sent its hour's share, with the given rule's code. */
    public void checkAddress(long fromAddressThisHour, String ruleCode) {
        if (fromAddressThisHour >= perAddress) {
            throw new HourlyLimitReached(ruleCode, perAddress);
        }
    }

    /** Refuses one more on a target that already received its hour's share, with the given rule's code. */
    public void checkTarget(long onTargetThisHour, String ruleCode) {
        if (onTargetThisHour >= perTarget) {
            throw new HourlyLimitReached(ruleCode, perTarget);
        }
    }
}
