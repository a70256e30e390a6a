package org.jiannuo.application.yearend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiannuo.application.ballot.BallotEngine;
import org.jiannuo.application.publicity.CurrentPublicityRules;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.ballot.BallotRepository;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.quota.Quota;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.domain.model.summary.SelfReport;
import org.jiannuo.domain.model.summary.SummaryRepository;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.BranchEvaluation;
import org.jiannuo.domain.model.yearend.MassQuorum;
import org.jiannuo.domain.model.yearend.MemberEvaluation;
import org.jiannuo.domain.model.yearend.ResultSuggestion;
import org.jiannuo.domain.model.yearend.YearEndRepository;
import org.jiannuo.domain.model.yearend.YearEndRules;

/**
 * Gathers a branch's inputs: the annual self-reports, the counts of its three occasions once they are closed
 * (withheld below the minimum of ballots, as the engine decides), the mass quorum, and from them the suggested
 * results.
 */
@ApplicationScoped
public class BranchEvaluationViews {

    @Inject
    BallotEngine engine;

    @Inject
    BallotRepository ballots;

    @Inject
    SummaryRepository summaries;

    @Inject
    CurrentPublicityRules publicityRules;

    @Inject
    YearEndAccess access;

    @Inject
    YearEndRepository yearEnd;

    /** What the branch's inputs come to, for the view and for the proposal. */
    record Inputs(Occasion mutual, Occasion mass, Occasion ballot, Map<String, Map<String, Integer>> mutualCounts,
            Map<String, Map<String, Integer>> massCounts, Map<String, Map<String, Integer>> ballotCounts,
            int massForms, boolean massCounted) {
    }

    Inputs inputs(BranchEvaluation branch, int members, MassQuorum quorum) {
        Occasion mass = occasion(branch.getMassOccasionId());
        return inputs(occasion(branch.getMutualOccasionId()), mass, occasion(branch.getBallotOccasionId()), members,
                quorum, engine.codesSpent(mass), this::counts);
    }

    /**
     * The inputs of one branch whose occasions, spent codes and counts were read already, alone or together with
     * other branches'.
     */
    private static Inputs inputs(Occasion mutual, Occasion mass, Occasion ballot, int members, MassQuorum quorum,
            int forms, Function<Occasion, Map<String, Map<String, Integer>>> counts) {
        Map<String, Map<String, Integer>> massCounts = counts.apply(mass);
        boolean counted = massCounts != null && quorum.isMet(members, forms);
        return new Inputs(mutual, mass, ballot, counts.apply(mutual), counted ? massCounts : null,
                counts.apply(ballot), forms, counted);
    }

    /**
     * The suggested results of many branches read together, as {@link #suggestions} gives each alone: their
     * members' lines, occasions, spent codes and counts in a few grouped statements instead of several per branch.
     * By branch id, then person id; a branch whose final ballot is not closed has none.
     */
    public Map<Long, Map<Long, AnnualGrade>> suggestions(List<BranchEvaluation> branches, YearEndRules rules) {
        Map<Long, List<MemberEvaluation>> members = yearEnd.members(branches);
        Map<Long, Occasion> occasions = ballots.findOccasions(branches.stream()
                .flatMap(branch -> Stream.of(branch.getMutualOccasionId(), branch.getMassOccasionId(),
                        branch.getBallotOccasionId())).toList());
        List<Occasion> closed = occasions.values().stream()
                .filter(occasion -> occasion.getState() == OccasionState.CLOSED).toList();
        Map<Long, BallotEngine.Results> results = engine.results(closed);
        Map<Long, Integer> forms = engine.codesSpent(occasions.values());
        Function<Occasion, Map<String, Map<String, Integer>>> counts = occasion -> {
            BallotEngine.Results counted = results.get(occasion.getId());
            return counted != null && counted.shown() ? counted.counts() : null;
        };
        Map<Long, Map<Long, AnnualGrade>> suggested = new HashMap<>();
        for (BranchEvaluation branch : branches) {
            List<MemberEvaluation> lines = members.getOrDefault(branch.getId(), List.of());
            Occasion mass = occasions.get(branch.getMassOccasionId());
            Inputs inputs = inputs(occasions.get(branch.getMutualOccasionId()), mass,
                    occasions.get(branch.getBallotOccasionId()), lines.size(), rules.massQuorum(),
                    forms.getOrDefault(mass.getId(), 0), counts);
            suggested.put(branch.getId(), suggestions(lines, inputs, rules.excellentQuota()));
        }
        return suggested;
    }

    /** The suggested results by person id; empty while the final ballot is not closed. */
    Map<Long, AnnualGrade> suggestions(List<MemberEvaluation> members, Inputs inputs, Quota excellent) {
        if (inputs.ballot().getState() != OccasionState.CLOSED) {
            return Map.of();
        }
        List<ResultSuggestion.Inputs> lines = members.stream().map(member -> {
            String key = MemberEvaluation.subjectKey(member.getPerson().getId());
            return new ResultSuggestion.Inputs(key, of(inputs.ballotCounts(), key), inputs.massCounts() == null ? null
                    : of(inputs.massCounts(), key));
        }).toList();
        Map<String, AnnualGrade> byKey = ResultSuggestion.of(lines, excellent, members.size());
        Map<Long, AnnualGrade> byPerson = new HashMap<>();
        members.forEach(member -> byPerson.put(member.getPerson().getId(),
                byKey.get(MemberEvaluation.subjectKey(member.getPerson().getId()))));
        return byPerson;
    }

    BranchEvaluationView view(BranchEvaluation branch, List<MemberEvaluation> members, YearEndRules rules,
            AccessScope scope) {
        MassQuorum quorum = rules.massQuorum();
        Quota excellent = rules.excellentQuota();
        Inputs inputs = inputs(branch, members.size(), quorum);
        Map<Long, AnnualGrade> suggested = suggestions(members, inputs, excellent);
        Map<Long, SelfReport> reports = summaries.selfReportsIn(branch.getUnit(),
                new Period(branch.getCampaign().getYear(), PeriodKind.YEAR, 1)).stream()
                .collect(Collectors.toMap(report -> report.getPerson().getId(), Function.identity(), (a, b) -> a));
        List<MemberLine> lines = members.stream().map(member -> {
            long personId = member.getPerson().getId();
            String key = MemberEvaluation.subjectKey(personId);
            SelfReport report = reports.get(personId);
            boolean submitted = report != null && report.isSubmitted();
            return new MemberLine(personId, member.getPerson().getName(), member.isBranchSecretary(), submitted,
                    submitted ? report.getDone() : "", submitted ? report.getUndone() : "",
                    submitted ? report.getNextSteps() : "", nullableOf(inputs.mutualCounts(), key),
                    nullableOf(inputs.massCounts(), key), nullableOf(inputs.ballotCounts(), key),
                    member.getComment(), access.commentsOn(member, scope),
                    member.getProposed() != null ? member.getSuggested() : suggested.get(personId),
                    member.getProposed(), member.getReason());
        }).toList();
        return new BranchEvaluationView(branch.getId(), branch.getCampaign().getId(), branch.getCampaign().getYear(),
                branch.getUnit().getId(), branch.getUnit().getName(), branch.getState(), branch.getVersion(),
                line(inputs.mutual()), line(inputs.mass()), line(inputs.ballot()), branch.panel(), branch.panelSize(),
                members.size(), rules.getMassPercent(), quorum.required(members.size()), inputs.massForms(),
                inputs.massCounted(), rules.getExcellentPercent(), excellent.limit(members.size()),
                excellent.largestGroupWithoutAny(), branch.getReturnedReason(), branch.getProposedAt(),
                branch.getConfirmedAt(), branch.getPublishedAt(), branch.getPublishedAt() == null ? null
                        : publicityRules.get().periodFrom(branch.getPublishedAt().toLocalDate()).lastDay(),
                access.runs(branch.getUnit(), scope), access.confirms(branch.getUnit(), scope), lines);
    }

    private OccasionLine line(Occasion occasion) {
        boolean closed = occasion.getState() == OccasionState.CLOSED;
        return new OccasionLine(occasion.getId(), occasion.getState(), engine.voters(occasion),
                engine.ballotsCast(occasion) + occasion.getPaperBallots(), occasion.getCodesIssued(),
                closed && engine.results(occasion).shown());
    }

    private Occasion occasion(long id) {
        return ballots.findOccasion(id)
                .orElseThrow(() -> new IllegalStateException("The year-end evaluation lost its occasion " + id));
    }

    /** A closed occasion's counts by subject key, or null while open or when withheld. */
    private Map<String, Map<String, Integer>> counts(Occasion occasion) {
        if (occasion.getState() != OccasionState.CLOSED) {
            return null;
        }
        BallotEngine.Results results = engine.results(occasion);
        return results.shown() ? results.counts() : null;
    }

    private static Map<String, Integer> of(Map<String, Map<String, Integer>> counts, String key) {
        return counts == null ? Map.of() : counts.getOrDefault(key, Map.of());
    }

    private static Map<String, Integer> nullableOf(Map<String, Map<String, Integer>> counts, String key) {
        return counts == null ? null : counts.get(key);
    }
}
