/**
 * The year-end evaluation's services: the department's settings ({@link org.jiannuo.application.yearend.YearEndSettings})
 * and campaigns ({@link org.jiannuo.application.yearend.Campaigns}), and each branch's evaluation
 * ({@link org.jiannuo.application.yearend.BranchEvaluations}), whose three ballots are occasions of the ballot
 * engine kept through {@code application.ballot.Occasions}; who does what is
 * {@link org.jiannuo.application.yearend.YearEndAccess}.
 */
package org.jiannuo.application.yearend;
