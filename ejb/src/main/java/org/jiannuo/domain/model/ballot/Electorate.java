package org.jiannuo.domain.model.ballot;

/**
 * The port through which an occasion's owner says who votes. The ballot engine asks it before every
 * electronic ballot cast by an account holder and for the turnout's denominator; it never learns
 * anything about a voter beyond "admitted".
 */
public interface Electorate {

    /** The eligibility this electorate answers for. */
    Eligibility serves();

    boolean admits(Occasion occasion, long personId);

    /** How many may vote: the most ballots the occasion can receive. */
    int size(Occasion occasion);
}
