package org.jiannuo.application.stars;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.stars.StarAppraisalState;

/**
 * A village's year-end star appraisal as the screens show it: {@code started} false (and version 0) before the
 * branch starts it; the two occasions' states; every member's line; the quotas with their counts now;
 * {@code runs} for the branch secretary at the branch's steps, {@code reviews} for the township at its first review;
 * once published, the day and the last day of its publicity.
 */
public record StarAppraisalView(long unitId, String unitName, int year, boolean started, StarAppraisalState state,
        long peerOccasionId, long massOccasionId, OccasionState peerState, OccasionState massState,
        List<StarRatingLine> lines, List<QuotaLine> quotas, String returnedReason, LocalDate publishedOn,
        LocalDate publicityEnds, boolean runs, boolean reviews, long version) implements Serializable {

    /** One quota as it stands: of {@code members} under the cap, at most {@code limit} rated the threshold or more. */
    public record QuotaLine(int cap, int threshold, int percent, int members, int limit, int highlyRated)
            implements Serializable {

        public boolean over() {
            return highlyRated > limit;
        }
    }
}
