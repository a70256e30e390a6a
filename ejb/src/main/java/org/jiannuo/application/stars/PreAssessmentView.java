package org.jiannuo.application.stars;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.stars.PreAssessmentState;

/**
 * A village's half-year pre-assessment as the screens show it: version 0 and state DRAFT before anything is rated;
 * {@code rates} for the branch secretary while it is a draft, {@code reviews} for the township once submitted.
 */
public record PreAssessmentView(long unitId, String unitName, String half, PreAssessmentState state, String report,
        String reviewComment, List<PreRatingLine> lines, boolean rates, boolean reviews, long version)
        implements Serializable {
}
