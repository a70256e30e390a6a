package org.jiannuo.domain.model.ballot;

/**
 * Who may vote on an occasion. The occasion's owner supplies the answer through an {@link Electorate}:
 * those present at a meeting, the people of a branch; participation codes need no account at all.
 */
public enum Eligibility {
    /** Those marked present at the meeting that holds the ballot. */
    ATTENDEES,
    /** The people of the occasion's unit who have an account. */
    UNIT_MEMBERS,
    /** Whoever holds an unused one-time code the occasion issued; nobody is named. */
    PARTICIPATION_CODES
}
