package org.jiannuo.domain.model.stars;

/**
 * Where a village branch's year-end star appraisal (三评两公开) stands: the members assess themselves, then each
 * other in secret, then the masses with participation codes; the branch committee rates, the township reviews it
 * first, and the result is published.
 */
public enum StarAppraisalState {
    SELF,
    PEER,
    MASS,
    RATING,
    FIRST_REVIEW,
    PUBLISHED
}
