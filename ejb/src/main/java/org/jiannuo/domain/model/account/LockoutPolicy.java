package org.jiannuo.domain.model.account;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long. */
public record LockoutPolicy(int maxFailedLogins, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("maxFailedLogins must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
