package org.jiannuo.it.yearend;

import static org.jiannuo.it.support.YearEndDriver.choices;
import static org.jiannuo.it.support.YearEndDriver.key;
import static org.jiannuo.it.support.YearEndDriver.lastDay;
import static org.jiannuo.it.support.YearEndDriver.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.CodePaper;
import org.jiannuo.application.ballot.IssuedCodes;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.summary.SelfReports;
import org.jiannuo.application.yearend.BranchEvaluationView;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.CampaignView;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.application.yearend.EvaluationNotFoundException;
import org.jiannuo.application.yearend.MemberLine;
import org.jiannuo.application.yearend.ProposalLine;
import org.jiannuo.application.yearend.YearEndSettings;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.BranchState;
import org.jiannuo.domain.model.yearend.MassParticipantKind;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.AtOnce;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A branch's whole year-end evaluation through the services, with every role's allowed and refused actions:
 * the department's settings and campaign, the annual self-report, the mutual evaluation and the final ballot
 * cast by the branch's members, the masses' forms cast with participation codes (one code used twice and
 * concurrently), the leaders' comments, the proposal under the quota, the superior's return and confirmation,
 * and the publication. Each run has a tenant of its own.
 */
class YearEndIT extends StandardUsersTestBase {

    private static final String TENANT = "it-yearend-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);

    @EJB
    YearEndSettings settings;

    @EJB
    Campaigns campaigns;

    @EJB
    BranchEvaluations branches;

    @EJB
    Occasions occasions;

    @EJB
    CodeBallots codeBallots;

    @EJB
    SelfReports selfReports;

    @Resource
    ManagedExecutorService executor;

    private final LocalDate today = LocalDate.now();
    private final int year = today.getYear();
    private long branchId;

    @BeforeEach
    void users() throws Exception {
        signInStandardUsers(TENANT, 61);
        branchId = branchSecretary.account().scopeUnitId();
    }

    @Test
    void onlyTheDepartmentSetsTheSharesAndOpensTheCampaign() {
        assertEquals(new YearEndSettings.Settings(80, 15), member.call(() -> settings.get()), "everyone reads them");
        for (AsUser refused : List.of(committeeSecretary, branchSecretary, member, leader)) {
            assertThrows(AccessDeniedException.class, () -> refused.call(() -> settings.change(
                    new YearEndSettings.Settings(70, 20))));
            assertThrows(AccessDeniedException.class, () -> refused.call(() -> campaigns.open(year, today,
                    today.plusDays(1))));
        }
        assertEquals("yearEnd.excellentPercentRange", refused(() -> admin.call(() -> settings.change(
                new YearEndSettings.Settings(80, 60)))));
        assertEquals(new YearEndSettings.Settings(90, 15), admin.call(() -> settings.change(
                new YearEndSettings.Settings(90, 15))));
        admin.call(() -> settings.change(new YearEndSettings.Settings(80, 15)));
        assertEquals("yearEnd.datesReversed", refused(() -> admin.call(() -> campaigns.open(year, today,
                today.minusDays(1)))));
    }

    @Test
    void aBranchsWholeYearEnd() throws Exception {
        CampaignView campaign = admin.call(() -> campaigns.open(year, today, lastDay(today)));
        assertEquals(campaign.id(), member.call(() -> campaigns.list()).get(0).id());

        // Starting: the branch's keepers only.
        for (AsUser refused : List.of(member, leader, administrativeHead)) {
            assertThrows(RuntimeException.class, () -> refused.call(() -> branches.start(campaign.id(), branchId)));
        }
        BranchEvaluationView started = branchSecretary.call(() -> branches.start(campaign.id(), branchId));
        assertEquals(BranchState.EVALUATING, started.state());
        assertEquals("yearEnd.branchStarted", refused(() -> branchSecretary.call(() -> branches.start(campaign.id(),
                branchId))));
        long id = started.id();
        int members = started.memberCount();
        assertTrue(members >= 3, "the fixture's branch has members to count: " + members);
        assertEquals((members * 80 + 99) / 100, started.massRequired());
        assertEquals(members * 15 / 100, started.excellentLimit());
        assertEquals(6, started.smallBranchUpTo());
        assertThrows(EvaluationNotFoundException.class, () -> member.call(() -> branches.view(id)),
                "members read it once published");
        assertEquals(id, leader.call(() -> branches.view(id)).id(), "leaders read it");

        // Self-evaluation: the member's annual self-report is a self-report on the year.
        long memberId = member.account().personId();
        member.call(() -> selfReports.write(year + "-Y1", 0, "全年完成承诺三项", "一项因资金推迟", "明年一季度完成", true));
        assertTrue(line(branchSecretary.call(() -> branches.view(id)), memberId).selfReportSubmitted());

        // The masses' panel, by kind.
        assertThrows(EvaluationNotFoundException.class, () -> member.call(() -> branches.recordPanel(id,
                Map.of(MassParticipantKind.REPRESENTATIVE, 3))));
        int required = started.massRequired();
        BranchEvaluationView panelled = branchSecretary.call(() -> branches.recordPanel(id, Map.of(
                MassParticipantKind.REPRESENTATIVE, required - 1, MassParticipantKind.DEPUTY, 1,
                MassParticipantKind.SERVICE_RECIPIENT, 1)));
        assertEquals(required + 1, panelled.panelSize());

        // Mutual evaluation and the final ballot, cast by each member of the branch.
        List<MemberLine> lines = started.members();
        String first = key(lines.get(0));
        String last = key(lines.get(lines.size() - 1));
        branchSecretary.call(() -> occasions.open(started.mutual().id()));
        branchSecretary.call(() -> occasions.open(started.ballot().id()));
        assertEquals("yearEnd.ballotNotClosed", refused(() -> branchSecretary.call(() -> branches.propose(id,
                List.of()))));
        for (MemberLine voter : lines) {
            AsUser asVoter = AsUser.member(member.account(), voter.personId(), branchId);
            asVoter.call(() -> {
                occasions.cast(started.mutual().id(), choices(lines, "GOOD", Map.of(last, "POOR")));
                occasions.cast(started.ballot().id(), choices(lines, "QUALIFIED",
                        Map.of(first, "EXCELLENT", last, "UNQUALIFIED")));
                return null;
            });
        }
        branchSecretary.call(() -> occasions.close(started.mutual().id()));
        branchSecretary.call(() -> occasions.close(started.ballot().id()));

        // The masses: a form per participation code; a code counts once, also when used at once.
        IssuedCodes codes = branchSecretary.call(() -> occasions.issueCodes(started.mass().id(), required + 1));
        branchSecretary.call(() -> occasions.open(started.mass().id()));
        CodePaper paper = codeBallots.paper(TENANT, started.mass().id(), codes.codes().get(0));
        Map<String, String> form = paper.subjects().stream().collect(Collectors.toMap(subject -> subject.key(),
                subject -> subject.key().equals(last) ? "DISSATISFIED" : "SATISFIED"));
        for (String code : codes.codes().subList(0, required - 1)) {
            codeBallots.cast(TENANT, started.mass().id(), code, form);
        }
        String contested = codes.codes().get(required - 1);
        Callable<String> attempt = () -> AtOnce.ruleOutcome("cast",
                () -> codeBallots.cast(TENANT, started.mass().id(), contested, form));
        List<String> answers = AtOnce.outcomes(executor, Collections.nCopies(6, attempt));
        assertEquals(1, answers.stream().filter("cast"::equals).count(), "one form for one code: " + answers);
        assertTrue(answers.stream().filter(a -> !a.equals("cast")).allMatch("code.spentOrUnknown"::equals),
                answers.toString());
        assertEquals("code.spentOrUnknown", refused(() -> codeBallots.cast(TENANT, started.mass().id(), contested,
                form)), "a code used twice");
        branchSecretary.call(() -> occasions.close(started.mass().id()));

        BranchEvaluationView counted = branchSecretary.call(() -> branches.view(id));
        assertEquals(OccasionState.CLOSED, counted.ballot().state());
        assertEquals(required, counted.massForms());
        assertTrue(counted.massCounts(), required + " of " + members + " members' share took part");
        AnnualGrade topSuggestion = counted.excellentLimit() >= 1 ? AnnualGrade.EXCELLENT : AnnualGrade.QUALIFIED;
        assertEquals(topSuggestion, line(counted, lines.get(0).personId()).suggested());
        assertEquals(AnnualGrade.UNQUALIFIED, line(counted, lines.get(lines.size() - 1).personId()).suggested());
        assertEquals(members, line(counted, lines.get(0).personId()).ballot().get("EXCELLENT"));
        assertEquals(members, line(counted, lines.get(lines.size() - 1).personId()).mutual().get("POOR"));
        assertEquals(required, line(counted, lines.get(lines.size() - 1).personId()).mass().get("DISSATISFIED"));
        // The campaign's suggestions read together for the whole county give what the branch's own view gives.
        Map<Long, AnnualGrade> viewed = counted.members().stream()
                .collect(Collectors.toMap(MemberLine::personId, MemberLine::suggested));
        assertEquals(viewed, branchSecretary.call(() -> branches.suggestions(campaign.id())).get(id));
        assertEquals(viewed, committeeSecretary.call(() -> branches.suggestions(campaign.id())).get(id));

        // Leader comments: the branch secretary on members, the superior's secretary on the branch secretary.
        MemberLine secretaryLine = counted.members().stream().filter(MemberLine::branchSecretary).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture's branch has its secretary among its members"));
        MemberLine ordinary = counted.members().stream().filter(l -> !l.branchSecretary()).findFirst().orElseThrow();
        branchSecretary.call(() -> branches.comment(id, ordinary.personId(), "全年履诺扎实，群众认可"));
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> branches.comment(id,
                secretaryLine.personId(), "自己点评自己")));
        assertThrows(EvaluationNotFoundException.class, () -> member.call(() -> branches.comment(id, ordinary.personId(),
                "x")));
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> branches.comment(id, ordinary.personId(),
                "x")));
        committeeSecretary.call(() -> branches.comment(id, secretaryLine.personId(), "带头践诺，班子团结"));
        assertEquals("带头践诺，班子团结", line(leader.call(() -> branches.view(id)), secretaryLine.personId())
                .comment());

        // The proposal: as suggested; beyond the quota or against the suggestion without reason refused.
        List<ProposalLine> asSuggested = counted.members().stream()
                .map(l -> new ProposalLine(l.personId(), l.suggested(), null)).toList();
        List<ProposalLine> allExcellent = counted.members().stream()
                .map(l -> new ProposalLine(l.personId(), AnnualGrade.EXCELLENT, "都很优秀")).toList();
        assertEquals("yearEnd.excellentOverQuota", refused(() -> branchSecretary.call(() -> branches.propose(id,
                allExcellent))));
        List<ProposalLine> unexplained = new ArrayList<>(asSuggested);
        unexplained.set(unexplained.size() - 1, new ProposalLine(lines.get(lines.size() - 1).personId(),
                AnnualGrade.QUALIFIED, " "));
        assertEquals("yearEnd.reasonAgainstSuggestion", refused(() -> branchSecretary.call(() -> branches.propose(id,
                unexplained))));
        assertThrows(EvaluationNotFoundException.class, () -> member.call(() -> branches.propose(id, asSuggested)),
                "before publication a member does not see the branch's evaluation");
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> branches.propose(id, asSuggested)));
        assertEquals(BranchState.PROPOSED, branchSecretary.call(() -> branches.propose(id, asSuggested)).state());

        // The superior sends it back, then confirms; the branch publishes.
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> branches.confirm(id)),
                "the branch does not confirm its own");
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> branches.confirm(id)));
        assertEquals("yearEnd.reasonRequired", refused(() -> committeeSecretary.call(() -> branches.sendBack(id, ""))));
        BranchEvaluationView returned = committeeSecretary.call(() -> branches.sendBack(id, "请补充对支部书记的点评"));
        assertEquals(BranchState.EVALUATING, returned.state());
        assertEquals("请补充对支部书记的点评", returned.returnedReason());
        branchSecretary.call(() -> branches.propose(id, asSuggested));
        assertEquals("yearEnd.notConfirmed", refused(() -> branchSecretary.call(() -> branches.publish(id))));
        assertEquals(BranchState.CONFIRMED, committeeSecretary.call(() -> branches.confirm(id)).state());
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> branches.publish(id)));
        assertThrows(EvaluationNotFoundException.class, () -> member.call(() -> branches.publish(id)));
        BranchEvaluationView published = branchSecretary.call(() -> branches.publish(id));
        assertEquals(BranchState.PUBLISHED, published.state());
        assertNotNull(published.publicUntil());
        assertFalse(published.publicUntil().isBefore(today), "the publicity period runs from today");

        BranchEvaluationView seenByMember = member.call(() -> branches.view(id));
        assertEquals(AnnualGrade.UNQUALIFIED, line(seenByMember, lines.get(lines.size() - 1).personId()).proposed());
        assertEquals(1, member.call(() -> branches.ofCampaign(campaign.id())).size());
        assertNull(line(seenByMember, memberId).reason(), "as suggested: no reason");
        assertThrows(EvaluationNotFoundException.class, () -> otherTenantAdmin().call(() -> branches.view(id)));
    }

    private static String refused(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).code();
    }
}
