package org.jiannuo.application.yearend;

import java.io.Serializable;
import org.jiannuo.domain.model.ballot.OccasionState;

/** One of a branch's three ballots as its evaluation shows it: kept and voted on as an occasion of the engine. */
public record OccasionLine(long id, OccasionState state, int voters, int ballotsCast, int codesIssued,
        boolean shown) implements Serializable {
}
