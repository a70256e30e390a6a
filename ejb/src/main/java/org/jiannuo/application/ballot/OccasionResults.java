package org.jiannuo.application.ballot;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A closed occasion's results: per subject, the ballots for each option; none when too few were cast. */
public record OccasionResults(long id, int voters, int electronicBallots, int paperBallots, int minimum,
        boolean shown, List<SubjectCount> subjects) implements Serializable {

    public int ballots() {
        return electronicBallots + paperBallots;
    }

    /** One subject's counts, option → ballots in the scale's order; null when withheld. */
    public record SubjectCount(String key, String name, Map<String, Integer> counts) implements Serializable {
    }
}
