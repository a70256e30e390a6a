/**
 * The ballot engine's keys: {@link org.jiannuo.infrastructure.ballot.BallotSecret} implements the domain's
 * {@code BallotKeys} (keyed receipts and code hashes, sealed ballots) from {@code jiannuo.ballot.secret} or a key file;
 * the key never enters the database.
 */
package org.jiannuo.infrastructure.ballot;
