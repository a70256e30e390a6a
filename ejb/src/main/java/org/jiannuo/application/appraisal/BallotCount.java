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
import org.jiannuo.domain.model.appraisal.Tally;
import org.jiannuo.application.ballot.BallotEngine;

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

    @Inject
    BallotEngine engine;

    @Inject
    MeetingViews views;

    public BallotResults of(Meeting meeting) {
        meeting.requireClosedBallot();
        AppraisalRules rules = currentRules.get();
        int present = (int) appraisal.attendance(meeting).stream().filter(Attendance::isVoter).count();
        BallotEngine.Results counted = engine.results(views.occasion(meeting));
        boolean shown = counted.shown();
        List<BallotTally> subjects = appraisal.tallies(meeting);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        counted.counts().forEach((subject, byOption) -> tallies.put(subject, Tally.of(byOption)));
        Map<String, StarGrade> suggested = new LinkedHashMap<>();
        if (shown) {
            for (GradingGroup group : GradingGroup.values()) {
                suggested.putAll(GradeSuggestions.of(subjects.stream().filter(t -> t.getGroup() == group)
                        .collect(Collectors.toMap(BallotTally::getSubjectKey, t -> tallies.get(t.getSubjectKey()))),
                        rules.getPioneerPercent()));
            }
        }
        List<SubjectResult> results = subjects.stream()
                .map(subject -> new SubjectResult(subject.getSubjectKey(), subject.getSubjectName(), subject.getGroup(),
                        shown ? tallies.get(subject.getSubjectKey()) : null, suggested.get(subject.getSubjectKey())))
                .toList();
        return new BallotResults(meeting.getId(), present, counted.electronicBallots(), meeting.getPaperBallots(),
                counted.minimum(), shown, results);
    }
}
