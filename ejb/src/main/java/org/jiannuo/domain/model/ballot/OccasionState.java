package org.jiannuo.domain.model.ballot;

public enum OccasionState {
    /** Subjects set, nobody votes yet; codes may be issued. */
    PREPARED,
    OPEN,
    /** Ballots counted; results shown when enough were cast. */
    CLOSED
}
