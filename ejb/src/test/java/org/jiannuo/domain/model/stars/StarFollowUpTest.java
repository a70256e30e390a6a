package org.jiannuo.domain.model.stars;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.shared.DomainFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.junit.jupiter.api.Test;

class StarFollowUpTest {

    private static final LocalDateTime NOW = LocalDate.of(2027, 1, 10).atTime(9, 0);

    private final StarFollowUpRules rules = new StarFollowUpRules();
    private final OrgUnit village = withId(OrgUnit.root(OrgUnitType.BRANCH, "东岭村党支部"), 1L);
    private final OrgUnit otherVillage = withId(OrgUnit.root(OrgUnitType.BRANCH, "西岭村党支部"), 2L);

    @Test
    void theDefaultsCommendFromNineOfTenAndFiveOfSixAndCallThreeAndTwoLagging() {
        assertEquals(StarStanding.COMMENDED, rules.standingOf(10, 9));
        assertEquals(StarStanding.ORDINARY, rules.standingOf(10, 8));
        assertEquals(StarStanding.ORDINARY, rules.standingOf(10, 4));
        assertEquals(StarStanding.LAGGING, rules.standingOf(10, 3));
        assertEquals(StarStanding.COMMENDED, rules.standingOf(6, 5));
        assertEquals(StarStanding.ORDINARY, rules.standingOf(6, 4));
        assertEquals(StarStanding.ORDINARY, rules.standingOf(6, 3));
        assertEquals(StarStanding.LAGGING, rules.standingOf(6, 2));
    }

    @Test
    void aCapMovedByTheDepartmentStaysWithTheNearerGroupAndAThresholdAboveItIsMetAtTheCap() {
        assertEquals(StarStanding.COMMENDED, rules.standingOf(8, 8), "8 counts with 10: commended at its cap");
        assertEquals(StarStanding.ORDINARY, rules.standingOf(8, 7));
        assertEquals(StarStanding.LAGGING, rules.standingOf(7, 2), "7 counts with 6");
        assertEquals(StarStanding.COMMENDED, rules.standingOf(4, 4));
    }

    @Test
    void theThresholdsAreTheDepartmentsWithinTheirRanges() {
        rules.change(new FollowUpThresholds(10, 6, 4, 1));
        assertEquals(StarStanding.ORDINARY, rules.standingOf(10, 9));
        assertEquals(StarStanding.LAGGING, rules.standingOf(10, 4));
        assertEquals(StarStanding.ORDINARY, rules.standingOf(6, 5));
        assertRefused("starFollowUp.laggingRange", () -> rules.change(new FollowUpThresholds(9, 5, 9, 2)));
        assertRefused("starFollowUp.laggingRange", () -> rules.change(new FollowUpThresholds(9, 5, 3, 5)));
        assertRefused("starFollowUp.commendRange", () -> rules.change(new FollowUpThresholds(11, 5, 3, 2)));
        assertRefused("starFollowUp.commendRange", () -> rules.change(new FollowUpThresholds(9, 8, 3, 2)));
        assertEquals(new FollowUpThresholds(10, 6, 4, 1), rules.thresholds(), "a refusal changes nothing");
    }

    @Test
    void onlyACommendedMemberBecomesAReserveCadre() {
        assertRefused("starFollowUp.reserveNotCommended", () -> ReserveCadre.mark(stars(101, village, 10, 8), rules,
                "", "dangwei", NOW));
        ReserveCadre reserve = ReserveCadre.mark(stars(102, village, 10, 9), rules, " 带头致富 ", "dangwei", NOW);
        assertEquals("带头致富", reserve.getNote());
        reserve.withdraw("dangwei", NOW);
        assertFalse(reserve.isCurrent());
        assertRefused("starFollowUp.reserveWithdrawn", () -> reserve.withdraw("dangwei", NOW));
        reserve.markAgain(stars(102, village, 10, 9), rules, "", "dangwei", NOW);
        assertTrue(reserve.isCurrent());
    }

    @Test
    void aLaggingMemberIsPairedOnlyWithABestStarMemberOfTheSameBranch() {
        RatedStars lagging = stars(201, village, 10, 3);
        assertRefused("starFollowUp.notLagging", () -> LaggingMember.pair(stars(202, village, 10, 4),
                stars(203, village, 10, 9), rules, "zhibu", NOW));
        assertRefused("starFollowUp.helperNotBest", () -> LaggingMember.pair(lagging, stars(204, village, 10, 8),
                rules, "zhibu", NOW));
        assertRefused("starFollowUp.helperOtherBranch", () -> LaggingMember.pair(lagging,
                stars(205, otherVillage, 10, 10), rules, "zhibu", NOW));
        assertRefused("starFollowUp.helperSelf", () -> LaggingMember.pair(lagging, lagging, rules, "zhibu", NOW));
        LaggingMember paired = LaggingMember.pair(lagging, stars(206, village, 6, 5), rules, "zhibu", NOW);
        assertEquals(206L, paired.getHelper().getId(), "a 6-cap member of 5 stars is a best-star member too");
    }

    @Test
    void helpIsRecordedFromThePairingToTodayWithWhatWasDone() {
        LaggingMember paired = LaggingMember.pair(stars(301, village, 10, 2), stars(302, village, 10, 10), rules,
                "zhibu", NOW);
        assertRefused("starFollowUp.helpDay", () -> paired.help(NOW.toLocalDate().minusDays(1), "谈心", "zhibu",
                NOW));
        assertRefused("starFollowUp.helpDay", () -> paired.help(NOW.toLocalDate().plusDays(1), "谈心", "zhibu", NOW));
        assertRefused("starFollowUp.helpEmpty", () -> paired.help(NOW.toLocalDate(), "  ", "zhibu", NOW));
        HelpRecord record = paired.help(NOW.toLocalDate(), "上门谈心", "zhibu", NOW);
        assertEquals(302L, record.getHelper().getId());
    }

    private static RatedStars stars(long personId, OrgUnit unit, int cap, int total) {
        String name = "党员" + "甲乙丙丁戊己庚辛壬癸".charAt((int) (personId % 10));
        Person person = PreAssessmentTest.member(unit, personId, name,
                cap == 10 ? VillageCategory.FARMING_IN_VILLAGE : VillageCategory.WORKING_AWAY);
        return new RatedStars(person, unit, 2026, cap, total);
    }
}
