package org.jiannuo.domain.model.summary;

import java.util.EnumSet;
import java.util.Set;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.yearend.AnnualGrade;

/**
 * What a person of the annual assessment summary has not done in the year: the department chases these per unit.
 * <ul>
 * <li>not committed: no item of the year submitted, or every one rejected — a draft is not a commitment yet;</li>
 * <li>not published: committed, but none of the items has been made public (公开承诺);</li>
 * <li>not evaluated: a party member without a published year-end result (评诺 evaluates party members only).</li>
 * </ul>
 * The summary's per-unit counts and lists ask the database the same three questions.
 */
public enum CoverageGap {
    NOT_COMMITTED,
    NOT_PUBLISHED,
    NOT_EVALUATED;

    /** The item states that do not count as having committed. */
    public static Set<CommitmentStatus> notCommitting() {
        return EnumSet.of(CommitmentStatus.DRAFT, CommitmentStatus.REJECTED);
    }

    /**
     * @param committedItems the person's items of the year in any state but {@link #notCommitting()}
     * @param publishedItems how many of them have been made public
     * @param result         their published year-end result, or null
     */
    public static Set<CoverageGap> of(int committedItems, int publishedItems, boolean partyMember, AnnualGrade result) {
        Set<CoverageGap> gaps = EnumSet.noneOf(CoverageGap.class);
        if (committedItems == 0) {
            gaps.add(NOT_COMMITTED);
        } else if (publishedItems == 0) {
            gaps.add(NOT_PUBLISHED);
        }
        if (partyMember && result == null) {
            gaps.add(NOT_EVALUATED);
        }
        return gaps;
    }
}
