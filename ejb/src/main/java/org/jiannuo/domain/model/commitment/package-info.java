/**
 * The commitment cycle (承诺): a {@link org.jiannuo.domain.model.commitment.Commitment} goes from draft through
 * submission and review to registration and publication, its transitions in the entity and its states in
 * {@link org.jiannuo.domain.model.commitment.CommitmentStatus}; each submission is a revision kept for good, each review a
 * {@link org.jiannuo.domain.model.commitment.ReviewDecision}. The year's
 * {@link org.jiannuo.domain.model.commitment.CommitmentRules} (item counts, publication deadline, categories, cadres'
 * duties) check every item. Uses organization and person; stored through {@code CommitmentRepository}.
 */
package org.jiannuo.domain.model.commitment;
