package org.jiannuo.application.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
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
import org.jiannuo.domain.model.ballot.Occasion;

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
        int present = (int) appraisal.attendance(meeting).stream().filter(Attendance::isVoter).count();
        return results(meeting, present, engine.results(views.occasion(meeting)), appraisal.tallies(meeting),
                currentRules.get());
    }

    /**
     * The results of many closed ballots (a county's month of meetings), read with a few grouped statements
     * over all of them instead of several per meeting. By meeting id.
     */
    public Map<Long, BallotResults> of(List<Meeting> meetings) {
        meetings.forEach(Meeting::requireClosedBallot);
        AppraisalRules rules = currentRules.get();
        Map<Long, Occasion> occasions = views.occasions(meetings);
        Map<Long, BallotEngine.Results> counted = engine.results(occasions.values());
        Map<Long, Integer> present = appraisal.votersAt(meetings.stream().map(Meeting::getId).toList());
        Map<Long, List<BallotTally>> tallies = appraisal.tallies(meetings).stream()
                .collect(Collectors.groupingBy(tally -> tally.getMeeting().getId()));
        Map<Long, BallotResults> results = new HashMap<>();
        for (Meeting meeting : meetings) {
            long id = meeting.getId();
            results.put(id, results(meeting, present.getOrDefault(id, 0), counted.get(occasions.get(id).getId()),
                    tallies.getOrDefault(id, List.of()), rules));
        }
        return results;
    }

    private static BallotResults results(Meeting meeting, int present, BallotEngine.Results counted,
            List<BallotTally> subjects, AppraisalRules rules) {
        boolean shown = counted.shown();
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
