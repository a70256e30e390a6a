package org.jiannuo.domain.model.yearend;

import static org.jiannuo.domain.model.yearend.YearEndFixtures.NOW;
import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.quota.Quota;
import org.junit.jupiter.api.Test;

/** The campaign's days, and the branch evaluation's states: one test per transition. */
class YearEndTransitionsTest {

    private static final Quota FIFTEEN = Quota.atMost(15);

    @Test
    void aCampaignsDaysLieInItsYearOrByTheNextMarch() {
        assertRefused("yearEnd.datesOutsideSeason", () -> Campaign.open(2026, LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 31), "admin", NOW));
        assertRefused("yearEnd.datesOutsideSeason", () -> Campaign.open(2026, LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 4, 1), "admin", NOW));
        assertRefused("yearEnd.datesReversed", () -> Campaign.open(2026, LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 1), "admin", NOW));
        assertRefused("yearEnd.datesRequired", () -> Campaign.open(2026, null, LocalDate.of(2026, 12, 1), "admin",
                NOW));
        Campaign campaign = Campaign.open(2026, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31), "admin", NOW);
        campaign.requireRunning(LocalDate.of(2026, 12, 1));
        campaign.requireRunning(LocalDate.of(2027, 3, 31));
        assertRefused("yearEnd.notRunning", () -> campaign.requireRunning(LocalDate.of(2026, 11, 30)));
        assertRefused("yearEnd.notRunning", () -> campaign.requireRunning(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void onlyABranchIsEvaluated() {
        Campaign campaign = Campaign.open(2026, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), "admin", NOW);
        assertRefused("yearEnd.branchOnly", () -> new BranchEvaluation(campaign,
                OrgUnit.root(OrgUnitType.COMMITTEE, "党委"), 1, 2, 3));
    }

    @Test
    void thePanelIsRecordedByKindWhileEvaluating() {
        BranchEvaluation branch = new YearEndFixtures(10).branch();
        Map<MassParticipantKind, Integer> panel = new EnumMap<>(MassParticipantKind.class);
        panel.put(MassParticipantKind.REPRESENTATIVE, 4);
        panel.put(MassParticipantKind.DEPUTY, 2);
        panel.put(MassParticipantKind.INVESTOR_OR_HEAD, 2);
        branch.recordPanel(panel);
        assertEquals(8, branch.panelSize());
        assertEquals(0, branch.panel().get(MassParticipantKind.PARTNER_UNIT));
        panel.put(MassParticipantKind.SERVICE_RECIPIENT, -1);
        assertRefused("yearEnd.panelNegative", () -> branch.recordPanel(panel));
        panel.put(MassParticipantKind.SERVICE_RECIPIENT, 493);
        assertRefused("yearEnd.panelTooLarge", () -> branch.recordPanel(panel));
    }

    @Test
    void aCommentIsWrittenWhileEvaluatingAndReplacesTheLast() {
        YearEndFixtures fixtures = new YearEndFixtures(1);
        MemberEvaluation member = fixtures.members().get(0);
        assertRefused("yearEnd.commentRequired", () -> member.comment("  ", "zhibu", NOW));
        member.comment("踏实肯干", "zhibu", NOW);
        member.comment("踏实肯干，服务群众", "zhibu", NOW);
        assertEquals("踏实肯干，服务群众", member.getComment());
        assertRefused("yearEnd.commentTooLong", () -> member.comment("字".repeat(1001), "zhibu", NOW));
        propose(fixtures);
        assertRefused("yearEnd.notEvaluating", () -> member.comment("再写", "zhibu", NOW));
    }

    @Test
    void goingAgainstTheSuggestionNeedsAReason() {
        YearEndFixtures fixtures = new YearEndFixtures(2);
        Map<Long, AnnualGrade> grades = fixtures.allQualified();
        grades.put(101L, AnnualGrade.UNQUALIFIED);
        assertRefused("yearEnd.reasonAgainstSuggestion", () -> fixtures.branch().propose(fixtures.members(), grades,
                Map.of(), fixtures.allQualified(), FIFTEEN, "zhibu", NOW));
        Map<Long, AnnualGrade> missing = fixtures.allQualified();
        missing.remove(100L);
        assertRefused("yearEnd.gradeRequired", () -> fixtures.branch().propose(fixtures.members(), missing,
                Map.of(), fixtures.allQualified(), FIFTEEN, "zhibu", NOW));
        fixtures.branch().propose(fixtures.members(), grades, Map.of(101L, "多次提醒仍未整改"), fixtures.allQualified(),
                FIFTEEN, "zhibu", NOW);
        assertEquals(BranchState.PROPOSED, fixtures.branch().getState());
        assertEquals(AnnualGrade.QUALIFIED, fixtures.members().get(1).getSuggested());
        assertEquals(AnnualGrade.UNQUALIFIED, fixtures.members().get(1).getProposed());
        assertEquals("多次提醒仍未整改", fixtures.members().get(1).getReason());
        assertNull(fixtures.members().get(0).getReason());
    }

    @Test
    void proposedThenSentBackThenProposedAgain() {
        YearEndFixtures fixtures = new YearEndFixtures(3);
        BranchEvaluation branch = fixtures.branch();
        assertRefused("yearEnd.notProposed", () -> branch.confirm("dangwei", NOW));
        propose(fixtures);
        assertRefused("yearEnd.notEvaluating", () -> propose(fixtures));
        assertRefused("yearEnd.reasonRequired", () -> branch.sendBack(" "));
        branch.sendBack("请补充群众评议情况");
        assertEquals(BranchState.EVALUATING, branch.getState());
        assertEquals("请补充群众评议情况", branch.getReturnedReason());
        propose(fixtures);
        assertNull(branch.getReturnedReason());
    }

    @Test
    void confirmedThenPublished() {
        YearEndFixtures fixtures = new YearEndFixtures(3);
        BranchEvaluation branch = fixtures.branch();
        propose(fixtures);
        assertRefused("yearEnd.notConfirmed", () -> branch.publish(NOW));
        branch.confirm("dangwei", NOW);
        assertEquals(BranchState.CONFIRMED, branch.getState());
        assertRefused("yearEnd.notProposed", () -> branch.sendBack("晚了"));
        branch.publish(NOW);
        assertEquals(BranchState.PUBLISHED, branch.getState());
        assertRefused("yearEnd.notConfirmed", () -> branch.publish(NOW));
        assertRefused("yearEnd.notEvaluating", () -> branch.recordPanel(new HashMap<>()));
    }

    private static void propose(YearEndFixtures fixtures) {
        fixtures.branch().propose(fixtures.members(), fixtures.allQualified(), Map.of(), fixtures.allQualified(),
                FIFTEEN, "zhibu", NOW);
    }
}
