package org.jiannuo.application.yearend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jiannuo.application.ChineseFirstBundle;
import org.jiannuo.application.appraisal.CurrentAppraisalRules;
import org.jiannuo.application.ballot.BallotEngine;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.OccasionOwner;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.ballot.VotingMode;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.summary.SummaryRepository;
import org.jiannuo.domain.model.yearend.BranchEvaluation;
import org.jiannuo.domain.model.yearend.Campaign;
import org.jiannuo.domain.model.yearend.MemberEvaluation;
import org.jiannuo.domain.model.yearend.YearEndRepository;

/**
 * What starting a branch's evaluation creates, once whoever starts it has been checked: its party members' lines
 * and its three occasions on the ballot engine with them as subjects. Shared by {@link BranchEvaluations} and the
 * demo, which starts last year's evaluation without anyone signed in.
 */
@ApplicationScoped
public class BranchEvaluationStart {

    private static final String TITLES = "org.jiannuo.application.yearend.titles";

    @Inject
    YearEndRepository yearEnd;

    @Inject
    BallotEngine engine;

    @Inject
    SummaryRepository summaries;

    @Inject
    CurrentAppraisalRules appraisalRules;

    public BranchEvaluation start(Campaign campaign, OrgUnit unit, String by) {
        List<Person> members = summaries.rosterOf(unit).stream()
                .filter(person -> person.getPartyStatus().isPartyMember()).toList();
        if (members.isEmpty()) {
            throw new RuleViolation("yearEnd.noMembers");
        }
        Map<String, String> paper = new LinkedHashMap<>();
        members.forEach(person -> paper.put(MemberEvaluation.subjectKey(person.getId()), person.getName()));
        ResourceBundle titles = ChineseFirstBundle.of(TITLES, Locale.CHINESE);
        BranchEvaluation branch = new BranchEvaluation(campaign, unit,
                prepare(unit, titles, "mutual", campaign, Scale.APPRAISAL, Eligibility.UNIT_MEMBERS, by, paper),
                prepare(unit, titles, "mass", campaign, Scale.SATISFACTION, Eligibility.PARTICIPATION_CODES, by, paper),
                prepare(unit, titles, "ballot", campaign, Scale.EXCELLENCE, Eligibility.UNIT_MEMBERS, by, paper));
        yearEnd.store(branch);
        Long secretaryId = unit.getSecretary() == null ? null : unit.getSecretary().getId();
        members.forEach(person -> yearEnd.store(new MemberEvaluation(branch, person,
                person.getId().equals(secretaryId))));
        return branch;
    }

    private long prepare(OrgUnit unit, ResourceBundle titles, String kind, Campaign campaign, Scale scale,
            Eligibility eligibility, String by, Map<String, String> paper) {
        String title = MessageFormat.format(titles.getString(kind), String.valueOf(campaign.getYear()), unit.getName());
        return engine.prepare(OccasionOwner.UNIT, null, unit, title, scale, eligibility, VotingMode.ELECTRONIC,
                appraisalRules.get().getMinimumBallots(), by, paper).getId();
    }
}
