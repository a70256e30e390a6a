package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.util.List;

/**
 * A closed ballot's results. {@code shown} is false when fewer ballots than the department's minimum
 * were cast: then no subject's counts are given, only the turnout.
 */
public record BallotResults(long meetingId, int present, int electronicBallots, int paperBallots, int minimum,
        boolean shown, List<SubjectResult> subjects) implements Serializable {

    public int ballots() {
        return electronicBallots + paperBallots;
    }
}
