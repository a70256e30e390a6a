/**
 * The secret ballot of every occasion: {@link org.jiannuo.domain.model.ballot.Occasion} (what is decided, on
 * which {@link org.jiannuo.domain.model.ballot.Scale}, by whom, open and close, the minimum of ballots, paper
 * counts), its subjects, a voter's {@link org.jiannuo.domain.model.ballot.BallotSheet} and the
 * {@link org.jiannuo.domain.model.ballot.Count} at close; the ports through which an owner names its voters
 * ({@link org.jiannuo.domain.model.ballot.Electorate}) and the application holds the keys
 * ({@link org.jiannuo.domain.model.ballot.BallotKeys}); and the storage it needs.
 */
package org.jiannuo.domain.model.ballot;
