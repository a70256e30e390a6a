package org.jiannuo.domain.model.appraisal;

/** Attendees vote on their own phones, or on paper whose counts the staff enter afterwards. */
public enum BallotMode {
    ELECTRONIC,
    PAPER
}
