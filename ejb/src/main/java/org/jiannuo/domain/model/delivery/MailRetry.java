package org.jiannuo.domain.model.delivery;

import java.time.Duration;
import java.time.LocalDateTime;

/** When a failed delivery mail is tried again: after 5, 10, 20 and 40 minutes, then no more. */
public final class MailRetry {

    public static final int MOST_ATTEMPTS = 5;
    private static final Duration FIRST_WAIT = Duration.ofMinutes(5);

    private MailRetry() {
    }

    /** The state after a failed attempt, the {@code attempts}-th. */
    public static MailState stateAfterFailure(int attempts) {
        return attempts >= MOST_ATTEMPTS ? MailState.GAVE_UP : MailState.FAILED;
    }

    public static LocalDateTime nextAttempt(int attempts, LocalDateTime failedAt) {
        return failedAt.plus(FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 10)));
    }
}
