package org.jiannuo.application.ballot;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.ballot.VotingMode;

/**
 * An occasion as the caller sees it: the paper, the turnout (ballots cast, codes issued and spent;
 * never a count before close) and what the caller may do.
 */
public record OccasionView(long id, String title, long unitId, String unitName, Scale scale, List<String> options,
        Eligibility eligibility, VotingMode mode, OccasionState state, int minimumBallots, int voters,
        int ballotsCast, int codesIssued, int codesSpent, List<PaperLine> subjects, boolean manages,
        boolean mayVote, boolean hasVoted) implements Serializable {
}
