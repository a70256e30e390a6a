package org.jiannuo.infrastructure.generator;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.application.yearend.BranchEvaluationStart;
import org.jiannuo.application.yearend.BranchEvaluationViews;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.domain.model.summary.SelfReport;
import org.jiannuo.domain.model.summary.SummaryRepository;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.BranchEvaluation;
import org.jiannuo.domain.model.yearend.Campaign;
import org.jiannuo.domain.model.yearend.MemberEvaluation;
import org.jiannuo.domain.model.yearend.ModelPost;
import org.jiannuo.domain.model.yearend.PersonalRectification;
import org.jiannuo.domain.model.yearend.RewardRepository;
import org.jiannuo.domain.model.yearend.YearEndRepository;
import org.jiannuo.domain.model.yearend.YearEndRules;

/**
 * Last year's year-end evaluation (评诺) and reward (奖诺) of the demo committee's branches, the demo member's among
 * them, as of December: the campaign; the branches started, their members' annual self-reports; the ballots, which
 * {@link YearEndGenerator} casts and closes through the ballot engine between {@link #start} and {@link #publish};
 * then the suggested results proposed (the demo member's as 不合格, with the branch's reason), confirmed and
 * published, every excellent member designated a 党员示范岗 and every unqualified one given a personal
 * rectification. Only the committee's branches take part, which keeps the demo's first start within seconds.
 */
@Stateless
@TenantScoped
public class DemoYearEnd {

    /** More than the committee's branches: the generator votes on them in one transaction. */
    public static final int BRANCHES = 100;

    private static final String SELF_DONE = DemoWords.text("yearEnd.selfDone");
    private static final String SELF_UNDONE = DemoWords.text("yearEnd.selfUndone");
    private static final String SELF_NEXT = DemoWords.text("yearEnd.selfNext");
    private static final String POST_TITLE = DemoWords.text("yearEnd.postTitle");
    private static final String UNQUALIFIED_REASON = DemoWords.text("yearEnd.unqualifiedReason");
    private static final String RECTIFICATION_REASON = DemoWords.text("yearEnd.rectificationReason");

    @Inject
    YearEndRepository yearEnd;

    @Inject
    RewardRepository rewards;

    @Inject
    SummaryRepository summaries;

    @Inject
    BranchEvaluationStart starts;

    @Inject
    BranchEvaluationViews views;

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrgUnitRepository units;

    /**
     * Opens last year's campaign for December and starts the committee's branches on its first day; nine members
     * in ten, the demo member among them, submit their self-report in its first week.
     *
     * @return the campaign's id
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long start(LocalDate today, long seed) {
        DemoLogins logins = DemoLogins.read(accounts, units);
        int year = today.getYear() - 1;
        LocalDate first = LocalDate.of(year, 12, 1);
        Campaign campaign = Campaign.open(year, first, LocalDate.of(year, 12, 31), DemoCommitments.BY,
                first.minusDays(5).atTime(9, 0));
        yearEnd.store(campaign);
        Random random = new Random(seed);
        Period wholeYear = new Period(year, PeriodKind.YEAR, 1);
        for (OrgUnit unit : branches(logins)) {
            BranchEvaluation branch = starts.start(campaign, unit, DemoCommitments.BY);
            for (MemberEvaluation member : yearEnd.members(branch)) {
                if (member.getPerson().getId().equals(logins.member().getId()) || random.nextInt(10) > 0) {
                    SelfReport report = new SelfReport(member.getPerson(), wholeYear, today);
                    report.write(SELF_DONE, SELF_UNDONE, SELF_NEXT, true, first.plusDays(random.nextInt(7)).atTime(20, 0));
                    summaries.store(report);
                }
            }
        }
        yearEnd.flush();
        return campaign.getId();
    }

    /**
     * Proposes the suggested results on 20 December, the demo member's as 不合格 against the suggestion, has the
     * committee confirm them the next day and publishes them the day after; on the 28th the committee designates
     * the excellent members model posts and orders the unqualified to rectify by the end of January.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void publish(long campaignId, LocalDate today) {
        DemoLogins logins = DemoLogins.read(accounts, units);
        Campaign campaign = yearEnd.findCampaign(campaignId).orElseThrow();
        LocalDateTime proposed = LocalDate.of(campaign.getYear(), 12, 20).atTime(10, 0);
        LocalDateTime rewarded = proposed.plusDays(8);
        YearEndRules rules = yearEnd.rules().orElseGet(YearEndRules::defaults);
        List<BranchEvaluation> branches = yearEnd.branchesUnder(campaign, "/");
        Map<Long, Map<Long, AnnualGrade>> suggested = views.suggestions(branches, rules);
        Long memberId = logins.member().getId();
        for (BranchEvaluation branch : branches) {
            List<MemberEvaluation> members = yearEnd.members(branch);
            Map<Long, AnnualGrade> suggestion = suggested.get(branch.getId());
            Map<Long, AnnualGrade> grades = new HashMap<>(suggestion);
            Map<Long, String> reasons = new HashMap<>();
            if (suggestion.containsKey(memberId)) {
                grades.put(memberId, AnnualGrade.UNQUALIFIED);
                if (suggestion.get(memberId) != AnnualGrade.UNQUALIFIED) {
                    reasons.put(memberId, UNQUALIFIED_REASON);
                }
            }
            branch.propose(members, grades, reasons, suggestion, rules.excellentQuota(), DemoCommitments.BY, proposed);
            branch.confirm(DemoCommitments.BY, proposed.plusDays(1));
            branch.publish(proposed.plusDays(2));
            for (MemberEvaluation member : members) {
                if (member.publishedGrade() == AnnualGrade.EXCELLENT) {
                    rewards.store(ModelPost.designate(member, POST_TITLE, logins.committee().getName(),
                            DemoCommitments.BY, rewarded));
                } else if (member.publishedGrade() == AnnualGrade.UNQUALIFIED) {
                    rewards.store(PersonalRectification.order(member, RECTIFICATION_REASON,
                            LocalDate.of(campaign.getYear() + 1, 1, 31), DemoCommitments.BY, rewarded));
                }
            }
        }
        rewards.flush();
    }

    /** The committee's branches still active, the demo member's first. */
    private List<OrgUnit> branches(DemoLogins logins) {
        return Stream.concat(Stream.of(logins.branch()), units.children(logins.committee().getId()).stream()
                        .filter(unit -> unit.getType() == OrgUnitType.BRANCH && !unit.isDissolved())
                        .sorted(Comparator.comparing(OrgUnit::getId)))
                .distinct().toList();
    }
}
