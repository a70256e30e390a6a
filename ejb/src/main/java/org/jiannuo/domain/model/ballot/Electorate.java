package org.jiannuo.domain.model.ballot;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * The sizes of many occasions' electorates (occasion id → size), for counting a month's occasions
     * together; an electorate that can count them in one query says so by overriding this.
     */
    default Map<Long, Integer> sizes(Collection<Occasion> occasions) {
        Map<Long, Integer> sizes = new HashMap<>();
        occasions.forEach(occasion -> sizes.put(occasion.getId(), size(occasion)));
        return sizes;
    }
}
