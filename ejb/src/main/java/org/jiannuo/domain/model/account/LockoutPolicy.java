package org.jiannuo.domain.model.account;

import java.time.Duration;
import java.util.Optional;

/**
 * How an account is slowed down by wrong passwords in a row: from the {@code maxFailedLogins}-th on, each
 * failure makes the next attempt wait, twice as long as the one before (half a minute first), never longer
 * than {@code longestDelay}. A delay rather than a lock that outlasts an attack: whoever knows a username
 * cannot keep its owner out for more than the longest delay after the last guess.
 */
public record LockoutPolicy(int maxFailedLogins, Duration longestDelay) {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);

    public LockoutPolicy {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("maxFailedLogins must be at least 1");
        }
        if (longestDelay.isNegative() || longestDelay.isZero()) {
            throw new IllegalArgumentException("longestDelay must be positive");
        }
    }

    /** How long the account waits after this many failures in a row; empty below the limit. */
    public Optional<Duration> delayAfter(int failuresInARow) {
        if (failuresInARow < maxFailedLogins) {
            return Optional.empty();
        }
        int doublings = Math.min(failuresInARow - maxFailedLogins, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(longestDelay) > 0 ? longestDelay : delay);
    }
}
