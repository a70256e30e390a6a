/**
 * The commitment cycle's use cases: the owner's side ({@link org.jiannuo.application.commitment.CommitmentBook}: write,
 * revise, submit), the reviewer's side ({@link org.jiannuo.application.commitment.CommitmentReview} with its queue:
 * approve, return, reject, publish), the year's rules and the data of the public letters and cards.
 * {@link org.jiannuo.application.commitment.CommitmentAccess} finds an item for what the caller wants to do with it and
 * reports one they may not see as not found.
 */
package org.jiannuo.application.commitment;
