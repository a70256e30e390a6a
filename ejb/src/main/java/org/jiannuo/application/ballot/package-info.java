/**
 * The ballot engine ({@link org.jiannuo.application.ballot.BallotEngine}) that every occasion casts and counts
 * through, a unit's own occasions with participation codes ({@link org.jiannuo.application.ballot.Occasions}),
 * and the anonymous door for codes ({@link org.jiannuo.application.ballot.CodeBallots}). The monthly meeting's
 * ballot ({@code application.appraisal.Ballots}) is one of its occasions.
 */
package org.jiannuo.application.ballot;
