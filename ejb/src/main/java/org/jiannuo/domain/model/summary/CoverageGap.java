package org.jiannuo.domain.model.summary;

import java.util.EnumSet;
import java.util.Set;
import org.jiannuo.domain.model.commitment.CommitmentStatus;

/**
 * What a person of the annual assessment summary has not done in the year: the department chases these per unit.
 * <ul>
 * <li>not committed: no item of the year submitted, or every one rejected — a draft is not a commitment yet;</li>
 * <li>not published: committed, but none of the items has been made public (公开承诺);</li>
 * <li>not evaluated: a party member without a published year-end result (评诺 evaluates party members only).</li>
 * </ul>
 * The summary asks the database these questions, in one place ({@code application.summary.AnnualQuery}), for each
 * person's record, the per-unit counts and the lists alike.
 */
public enum CoverageGap {
    NOT_COMMITTED,
    NOT_PUBLISHED,
    NOT_EVALUATED;

    /** The item states that do not count as having committed. */
    public static Set<CommitmentStatus> notCommitting() {
        return EnumSet.of(CommitmentStatus.DRAFT, CommitmentStatus.REJECTED);
    }
}
