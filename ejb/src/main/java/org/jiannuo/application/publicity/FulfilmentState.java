package org.jiannuo.application.publicity;

import java.time.LocalDate;
import org.jiannuo.domain.model.commitment.CommitmentStatus;

/** How a published commitment stands for the public: being carried out, late, reported done, closed out. */
public enum FulfilmentState {
    IN_PROGRESS,
    LATE,
    REPORTED_DONE,
    CLOSED_OUT;

    static FulfilmentState of(CommitmentStatus status, LocalDate overdueSince) {
        return switch (status) {
            case CLOSED -> CLOSED_OUT;
            case COMPLETION_REPORTED -> REPORTED_DONE;
            default -> overdueSince != null ? LATE : IN_PROGRESS;
        };
    }
}
