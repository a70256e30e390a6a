package org.jiannuo.application.stars;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.stars.StarAspect;

/**
 * A member's own year-end star appraisal: {@code enrolled} false while their branch has not started one. Their cap
 * and each aspect's most, their self-assessment ({@code assesses} while the members assess themselves), the peer
 * ballot they vote on while it runs, and once published their stars and the branch's published list.
 */
public record MyStarAppraisal(int year, String unitName, boolean enrolled, StarAppraisalState state, int cap,
        Map<StarAspect, Integer> aspectMost, boolean selfAssessed, Map<StarAspect, Integer> self, int selfTotal,
        boolean assesses, long peerOccasionId, boolean published, Map<StarAspect, Integer> stars, int total,
        LocalDate publishedOn, LocalDate publicityEnds, List<PublishedStars> branch) implements Serializable {

    /** A member's published stars of the year as the branch publishes them, with their village. */
    public record PublishedStars(String unitName, String name, int cap, int total) implements Serializable {
    }
}
