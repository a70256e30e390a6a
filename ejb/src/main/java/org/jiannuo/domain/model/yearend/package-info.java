/**
 * The year-end evaluation (评诺, seeds 000, 001): the department's {@link org.jiannuo.domain.model.yearend.Campaign}
 * for a year, each branch's {@link org.jiannuo.domain.model.yearend.BranchEvaluation} with its four kinds of
 * comment (self, mutual, mass, leader) and its secret ballot, the suggested result by a stated rule
 * ({@link org.jiannuo.domain.model.yearend.ResultSuggestion}), the branch's proposal under the excellent quota,
 * the superior's confirmation and the publication. The ballots themselves are occasions of the ballot engine.
 */
package org.jiannuo.domain.model.yearend;
