package org.jiannuo.domain.model.ballot;

/** Voters cast on their own phones, or on paper whose counts the staff enter afterwards. */
public enum VotingMode {
    ELECTRONIC,
    PAPER
}
