/**
 * Village party member star management (农村党员创星, seed 003): the department's {@link
 * org.jiannuo.domain.model.stars.StarRules} (caps per category, aspects, 1+2), each member's {@link
 * org.jiannuo.domain.model.stars.StarTarget}, the village's households and their liaisons, the posts members claim
 * and the star log book; the quarterly {@link org.jiannuo.domain.model.stars.StarBulletin} with each member's
 * {@link org.jiannuo.domain.model.stars.StarProgress}, and the half-year {@link
 * org.jiannuo.domain.model.stars.StarDebriefing} and {@link org.jiannuo.domain.model.stars.PreAssessment} with its
 * {@link org.jiannuo.domain.model.stars.PreRating}s. Stars per aspect are an {@link
 * org.jiannuo.domain.model.stars.AspectStars}, checked by a {@link org.jiannuo.domain.model.stars.StarCap}: the
 * quarterly bulletin, the pre-assessment and the year-end appraisal rate in the same terms. A target keeps the
 * category and cap it was set under, so the year-end quotas (9+ stars among the 10-cap members, 5+ among the 6-cap
 * ones, each at most 30%) group members by that cap.
 */
package org.jiannuo.domain.model.stars;
