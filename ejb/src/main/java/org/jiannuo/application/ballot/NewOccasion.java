package org.jiannuo.application.ballot;

import java.util.List;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.ballot.VotingMode;

/** A unit's own vote or survey as its keeper sets it up: the subjects are rated in this order. */
public record NewOccasion(long unitId, String title, Scale scale, Eligibility eligibility, VotingMode mode,
        List<String> subjects) {
}
