package org.jiannuo.domain.model.yearend;

/** Where a branch's year-end evaluation stands; the transitions are {@link BranchEvaluation}'s methods. */
public enum BranchState {
    /** Self-reports, mutual and mass evaluation, comments and the ballot are under way. */
    EVALUATING,
    /** The branch has proposed every member's result; the superior confirms or returns it. */
    PROPOSED,
    CONFIRMED,
    /** Published: the publicity period runs from the day of publication. */
    PUBLISHED
}
