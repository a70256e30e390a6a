package org.jiannuo.domain.model.stars;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.shared.DomainFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StarAppraisalTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    private static final LocalDateTime NOW = TODAY.atTime(9, 0);
    private static final AspectStars NINE = AspectStars.of(Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2,
            StarAspect.CUSTOMS, 2, StarAspect.LIAISON, 2, StarAspect.POST, 1));
    private static final AspectStars EIGHT = AspectStars.of(Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2,
            StarAspect.CUSTOMS, 2, StarAspect.LIAISON, 2));
    private static final AspectStars FIVE = AspectStars.of(Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2,
            StarAspect.CUSTOMS, 1));
    private static final AspectStars FOUR = AspectStars.of(Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2));

    private final StarRules rules = new StarRules();
    private final OrgUnit village = withId(OrgUnit.root(OrgUnitType.BRANCH, "东岭村党支部"), 1L);
    private long nextId = 100;

    @Test
    void aSixCapMemberCannotBeRatedSevenStarsNorAnAspectAboveItsMost() {
        StarAppraisal appraisal = appraisal();
        Person away = enrolled(appraisal, VillageCategory.WORKING_AWAY);
        Person cadre = enrolled(appraisal, VillageCategory.VILLAGE_CADRE);
        toRating(appraisal);
        AspectStars seven = AspectStars.of(Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2, StarAspect.CUSTOMS, 2,
                StarAspect.LIAISON, 1));
        assertRefused("stars.aboveCap", () -> rate(appraisal, away, seven));
        assertRefused("stars.aboveAspect", () -> rate(appraisal, cadre, AspectStars.of(Map.of(StarAspect.POST, 3))));
        assertEquals(7, rate(appraisal, cadre, seven).getTotal(), "a 10-cap member may have seven");
        assertEquals(6, rate(appraisal, away, AspectStars.of(Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2,
                StarAspect.POST, 2))).getTotal());
    }

    @Test
    void aMemberAssessesThemselvesWithinTheirCapOnlyWhileTheMembersAssessThemselves() {
        StarAppraisal appraisal = appraisal();
        Person away = enrolled(appraisal, VillageCategory.WORKING_AWAY);
        StarCap six = rules.ratingCap(away, null);
        assertRefused("stars.aboveCap", () -> appraisal.assessSelf(away, six, EIGHT, NOW));
        assertTrue(appraisal.assessSelf(away, six, FIVE, NOW).isSelfAssessed());
        assertEquals(5, appraisal.ratingOf(away).orElseThrow().getSelfStars().total());
        appraisal.advance(OccasionState.PREPARED, OccasionState.PREPARED);
        assertRefused("starAppraisal.wrongStep", () -> appraisal.assessSelf(away, six, FOUR, NOW));
    }

    @Test
    void theAppraisalsFollowEachOtherAndTheBallotsMustBeClosed() {
        StarAppraisal appraisal = appraisal();
        Person farmer = enrolled(appraisal, VillageCategory.FARMING_IN_VILLAGE);
        assertRefused("starAppraisal.wrongStep", () -> rate(appraisal, farmer, FOUR));
        appraisal.advance(OccasionState.PREPARED, OccasionState.PREPARED);
        assertEquals(StarAppraisalState.PEER, appraisal.getState());
        assertRefused("starAppraisal.peerOpen", () -> appraisal.advance(OccasionState.OPEN, OccasionState.PREPARED));
        appraisal.advance(OccasionState.CLOSED, OccasionState.PREPARED);
        assertRefused("starAppraisal.massOpen", () -> appraisal.advance(OccasionState.CLOSED, OccasionState.OPEN));
        appraisal.advance(OccasionState.CLOSED, OccasionState.CLOSED);
        assertEquals(StarAppraisalState.RATING, appraisal.getState());
        assertRefused("starAppraisal.cannotAdvance", () -> appraisal.advance(OccasionState.CLOSED,
                OccasionState.CLOSED));
    }

    @Test
    void onlyTheBranchsOwnVillageMembersAreEnrolled() {
        StarAppraisal appraisal = appraisal();
        OrgUnit other = withId(OrgUnit.root(OrgUnitType.BRANCH, "西岭村党支部"), 2L);
        Person stranger = PreAssessmentTest.member(other, nextId++, "赵春花", VillageCategory.FARMING_IN_VILLAGE);
        assertRefused("starAppraisal.notInBranch", () -> appraisal.enrol(stranger, rules.ratingCap(stranger, null)));
    }

    @Test
    void submittingNeedsEveryMemberRatedThenTheTownshipConfirmsOrReturnsWithAReason() {
        StarAppraisal appraisal = appraisal();
        Person farmer = enrolled(appraisal, VillageCategory.FARMING_IN_VILLAGE);
        Person away = enrolled(appraisal, VillageCategory.WORKING_AWAY);
        toRating(appraisal);
        rate(appraisal, farmer, EIGHT);
        assertTrue(assertRefused("starAppraisal.unrated", () -> submit(appraisal)).getMessage().contains(
                away.getName()));
        rate(appraisal, away, FOUR);
        submit(appraisal);
        assertEquals(StarAppraisalState.FIRST_REVIEW, appraisal.getState());
        assertRefused("starAppraisal.wrongStep", () -> rate(appraisal, away, FIVE));
        assertRefused("starAppraisal.reasonRequired", () -> appraisal.review(false, " ", "xz", NOW));
        appraisal.review(false, "王的联户服务记录不足", "xz", NOW);
        assertEquals(StarAppraisalState.RATING, appraisal.getState());
        assertEquals("王的联户服务记录不足", appraisal.getReturnedReason());
        rate(appraisal, farmer, FOUR);
        submit(appraisal);
        assertFalse(appraisal.isPublished());
        appraisal.review(true, "", "xz", NOW.plusDays(1));
        assertTrue(appraisal.isPublished());
        assertEquals(TODAY.plusDays(1), appraisal.getPublishedOn());
        assertRefused("starAppraisal.wrongStep", () -> appraisal.review(true, "", "xz", NOW));
    }

    /** At most 30%, rounded down: 1 → 0, 3 → 0, 4 → 1, 10 → 3, 30 → 9 highly rated. */
    @ParameterizedTest
    @CsvSource({ "1, 0", "3, 0", "4, 1", "10, 3", "30, 9" })
    void theTenCapGroupHasAtMostThirtyPercentAtNineStarsOrMore(int members, int allowed) {
        assertQuota(VillageCategory.FARMING_IN_VILLAGE, NINE, EIGHT, members, allowed);
    }

    @ParameterizedTest
    @CsvSource({ "1, 0", "3, 0", "4, 1", "10, 3", "30, 9" })
    void theSixCapGroupHasAtMostThirtyPercentAtFiveStarsOrMore(int members, int allowed) {
        assertQuota(VillageCategory.NO_WORK_ABILITY, FIVE, FOUR, members, allowed);
    }

    @Test
    void aBranchOfBothCapsCountsEachGroupOnItsOwn() {
        // 10 members under the 10-star cap allow 3 at 9+; 4 under the 6-star cap allow 1 at 5+. The six-cap
        // members' 5 stars do not count against the ten-cap group, nor the other way round.
        StarAppraisal appraisal = appraisal();
        List<Person> high = enrolled(appraisal, VillageCategory.VILLAGE_CADRE, 10);
        List<Person> low = enrolled(appraisal, VillageCategory.WORKING_AWAY, 4);
        toRating(appraisal);
        rateFirst(appraisal, high, 3, NINE, EIGHT);
        rateFirst(appraisal, low, 2, FIVE, FOUR);
        RuleViolation refused = assertRefused("starAppraisal.overQuota", () -> submit(appraisal));
        assertEquals(List.of(2, 5, 1, 4, 6, 30), List.of(refused.arguments()));
        rate(appraisal, low.get(1), FOUR);
        submit(appraisal);
        assertEquals(StarAppraisalState.FIRST_REVIEW, appraisal.getState());
    }

    @Test
    void theQuotasAreTheTenantsSettings() {
        StarRules stricter = new StarRules();
        stricter.change(new StarSettings(List.of(), List.of(), 1, 2,
                List.of(new StarQuota(10, 8, 20), new StarQuota(6, 6, 50))));
        assertEquals(List.of(new StarQuota(10, 8, 20), new StarQuota(6, 6, 50)), stricter.quotas());
        assertEquals(List.of(new StarQuota(10, 9, 30), new StarQuota(6, 5, 30)), rules.quotas(), "the seed's");
        assertRefused("stars.quotaRange", () -> stricter.change(new StarSettings(List.of(), List.of(), 1, 2,
                List.of(new StarQuota(10, 11, 30), new StarQuota(6, 5, 30)))));
        assertRefused("stars.quotaRange", () -> stricter.change(new StarSettings(List.of(), List.of(), 1, 2,
                List.of(new StarQuota(10, 9, 0), new StarQuota(6, 5, 30)))));
        assertRefused("stars.quotaPair", () -> stricter.change(new StarSettings(List.of(), List.of(), 1, 2,
                List.of(new StarQuota(6, 5, 30), new StarQuota(10, 9, 30)))));
        assertEquals(8, stricter.quotas().get(0).threshold(), "a refused change changes nothing");
    }

    private void assertQuota(VillageCategory category, AspectStars high, AspectStars below, int members,
            int allowed) {
        StarAppraisal atLimit = appraisal();
        List<Person> group = enrolled(atLimit, category, members);
        toRating(atLimit);
        rateFirst(atLimit, group, allowed, high, below);
        submit(atLimit);
        assertEquals(StarAppraisalState.FIRST_REVIEW, atLimit.getState(), allowed + " of " + members + " allowed");

        StarAppraisal overLimit = appraisal();
        List<Person> again = enrolled(overLimit, category, members);
        toRating(overLimit);
        rateFirst(overLimit, again, allowed + 1, high, below);
        assertRefused("starAppraisal.overQuota", () -> submit(overLimit));
    }

    private StarAppraisal appraisal() {
        return new StarAppraisal(village, 2026, TODAY, 11L, 12L);
    }

    private Person enrolled(StarAppraisal appraisal, VillageCategory category) {
        return enrolled(appraisal, category, 1).get(0);
    }

    private List<Person> enrolled(StarAppraisal appraisal, VillageCategory category, int count) {
        List<Person> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = nextId++;
            Person member = PreAssessmentTest.member(village, id, "党员" + chinese(id), category);
            appraisal.enrol(member, rules.ratingCap(member, null));
            members.add(member);
        }
        return members;
    }

    /** A name reads as Chinese characters: 101 → 一零一. */
    private static String chinese(long id) {
        return String.valueOf(id).chars().mapToObj(digit -> String.valueOf("零一二三四五六七八九".charAt(digit - '0')))
                .reduce("", String::concat);
    }

    private static void toRating(StarAppraisal appraisal) {
        appraisal.advance(OccasionState.PREPARED, OccasionState.PREPARED);
        appraisal.advance(OccasionState.CLOSED, OccasionState.PREPARED);
        appraisal.advance(OccasionState.CLOSED, OccasionState.CLOSED);
    }

    private void rateFirst(StarAppraisal appraisal, List<Person> members, int highly, AspectStars high,
            AspectStars below) {
        for (int i = 0; i < members.size(); i++) {
            rate(appraisal, members.get(i), i < highly ? high : below);
        }
    }

    private StarRating rate(StarAppraisal appraisal, Person member, AspectStars stars) {
        return appraisal.rate(member, rules.ratingCap(member, null), stars, "", "zb", NOW);
    }

    private static void submit(StarAppraisal appraisal) {
        appraisal.submit(new StarRules().quotas(), "zb", NOW);
    }
}
