package org.jiannuo.application.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.AppraisalRules;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.BallotTally;
import org.jiannuo.domain.model.appraisal.GradeSuggestions;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.StarGrade;

/**
 * A closed ballot's results, with each group's suggested grades under its pioneer cap; the counts are
 * withheld when fewer ballots than the department's minimum were cast.
 */
@ApplicationScoped
public class BallotCount {

    @Inject
    AppraisalRepository appraisal;

    @Inject
    CurrentAppraisalRules currentRules;

    public BallotResults of(Meeting meeting) {
        meeting.requireClosedBallot();
        AppraisalRules rules = currentRules.get();
        int present = (int) appraisal.attendance(meeting).stream().filter(Attendance::isVoter).count();
        int electronic = appraisal.countReceipts(meeting);
        boolean shown = rules.showsResultsOf(electronic + meeting.getPaperBallots());
        List<BallotTally> tallies = appraisal.tallies(meeting);
        Map<String, StarGrade> suggested = new LinkedHashMap<>();
        if (shown) {
            for (GradingGroup group : GradingGroup.values()) {
                suggested.putAll(GradeSuggestions.of(tallies.stream().filter(t -> t.getGroup() == group)
                        .collect(Collectors.toMap(BallotTally::getSubjectKey, BallotTally::tally)),
                        rules.getPioneerPercent()));
            }
        }
        List<SubjectResult> results = tallies.stream()
                .map(tally -> new SubjectResult(tally.getSubjectKey(), tally.getSubjectName(), tally.getGroup(),
                        shown ? tally.tally() : null, suggested.get(tally.getSubjectKey())))
                .toList();
        return new BallotResults(meeting.getId(), present, electronic, meeting.getPaperBallots(),
                rules.getMinimumBallots(), shown, results);
    }
}
