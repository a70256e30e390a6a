package org.jiannuo.domain.model.stars;

/**
 * Where a branch's half-year pre-assessment stands: the branch rates and reports (DRAFT, also after the township
 * sent it back), then submits it to the township (SUBMITTED), which reviews it (REVIEWED, final).
 */
public enum PreAssessmentState {
    DRAFT,
    SUBMITTED,
    REVIEWED
}
