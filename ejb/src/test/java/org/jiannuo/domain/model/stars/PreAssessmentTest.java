package org.jiannuo.domain.model.stars;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.shared.DomainFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.summary.Period;
import org.junit.jupiter.api.Test;

class PreAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 10);
    private static final LocalDateTime NOW = TODAY.atTime(9, 0);
    private static final Period H1 = Period.parse("2026-H1");

    private final StarRules rules = new StarRules();
    private final OrgUnit village = withId(OrgUnit.root(OrgUnitType.BRANCH, "东岭村党支部"), 1L);
    private final OrgUnit otherVillage = withId(OrgUnit.root(OrgUnitType.BRANCH, "西岭村党支部"), 2L);
    private final Person farmer = member(village, 101L, "王秀英", VillageCategory.FARMING_IN_VILLAGE);
    private final Person away = member(village, 102L, "李建国", VillageCategory.WORKING_AWAY);

    @Test
    void aSixCapMemberIsNotPreRatedSevenStars() {
        PreAssessment assessment = new PreAssessment(village, H1, TODAY);
        StarCap six = rules.ratingCap(away, null);
        assertRefused("stars.aboveCap", () -> assessment.rate(away, six, AspectStars.of(Map.of(StarAspect.IDEOLOGY, 2,
                StarAspect.LAW, 2, StarAspect.CUSTOMS, 2, StarAspect.LIAISON, 1)), ""));
        assertEquals(6, assessment.rate(away, six, AspectStars.of(Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2,
                StarAspect.CUSTOMS, 2)), "").getStars().total());
    }

    @Test
    void anAspectIsRatedWithinItsMost() {
        PreAssessment assessment = new PreAssessment(village, H1, TODAY);
        assertRefused("stars.aboveAspect", () -> assessment.rate(farmer, rules.ratingCap(farmer, null),
                AspectStars.of(Map.of(StarAspect.POST, 3)), ""));
    }

    @Test
    void aMemberIsRatedUnderTheCapOfTheTargetTheyAimedUnder() {
        StarTarget target = new StarTarget(farmer, 2026);
        target.aim(AspectStars.of(Map.of(StarAspect.IDEOLOGY, 2)), "", rules, NOW);
        StarRules lower = new StarRules();
        lower.change(new StarSettings(List.of(new StarSettings.CategoryCap(VillageCategory.FARMING_IN_VILLAGE, 4)),
                List.of(), 1, 2, List.of()));
        assertEquals(10, lower.ratingCap(farmer, target).cap(), "the cap aimed under, not today's");
        assertEquals(4, lower.ratingCap(farmer, null).cap());
    }

    @Test
    void onlyTheBranchsOwnMembersAreRatedAgainOrNot() {
        PreAssessment assessment = new PreAssessment(village, H1, TODAY);
        Person stranger = member(otherVillage, 103L, "赵春花", VillageCategory.FARMING_IN_VILLAGE);
        assertRefused("preAssessment.notInBranch", () -> assessment.rate(stranger,
                rules.ratingCap(stranger, null), AspectStars.of(Map.of(StarAspect.LAW, 1)), ""));
        assessment.rate(farmer, rules.ratingCap(farmer, null), AspectStars.of(Map.of(StarAspect.LAW, 1)), "");
        assessment.rate(farmer, rules.ratingCap(farmer, null), AspectStars.of(Map.of(StarAspect.LAW, 2)), "再评");
        assertEquals(1, assessment.getRatings().size());
        assertEquals(2, assessment.ratingOf(farmer).orElseThrow().getStars().total());
    }

    @Test
    void submittingNeedsTheReportAndEveryMemberRatedThenTheTownshipReviews() {
        PreAssessment assessment = new PreAssessment(village, H1, TODAY);
        assessment.rate(farmer, rules.ratingCap(farmer, null), AspectStars.of(Map.of(StarAspect.LAW, 2)), "");
        List<Person> members = List.of(farmer, away);
        assertRefused("preAssessment.reportRequired", () -> assessment.submit(members, "sj", NOW));
        assessment.writeReport("上半年全村党员创星进展顺利");
        assertTrue(assertRefused("preAssessment.unrated", () -> assessment.submit(members, "sj", NOW))
                .getMessage().contains("李建国"));
        assertRefused("preAssessment.notSubmitted", () -> assessment.review(true, "", "xz", NOW));
        assessment.rate(away, rules.ratingCap(away, null), AspectStars.of(Map.of(StarAspect.LAW, 1)), "");
        assessment.submit(members, "sj", NOW);
        assertEquals(PreAssessmentState.SUBMITTED, assessment.getState());
        assertRefused("preAssessment.closed", () -> assessment.rate(away, rules.ratingCap(away, null),
                AspectStars.of(Map.of(StarAspect.LAW, 2)), ""));
        assertRefused("preAssessment.closed", () -> assessment.writeReport("改"));

        assertRefused("preAssessment.reasonRequired", () -> assessment.review(false, " ", "xz", NOW));
        assessment.review(false, "请补充联户服务情况", "xz", NOW);
        assertEquals(PreAssessmentState.DRAFT, assessment.getState(), "sent back, the branch rates again");
        assessment.writeReport("上半年全村党员创星进展顺利，联户服务 12 次");
        assessment.submit(members, "sj", NOW);
        assessment.review(true, "", "xz", NOW);
        assertEquals(PreAssessmentState.REVIEWED, assessment.getState());
        assertRefused("preAssessment.notSubmitted", () -> assessment.review(true, "", "xz", NOW));
    }

    @Test
    void onlyAHalfThatHasBegunIsPreAssessed() {
        assertRefused("preAssessment.halfOnly", () -> new PreAssessment(village, Period.parse("2026-Q1"), TODAY));
        assertRefused("preAssessment.notBegun", () -> new PreAssessment(village, Period.parse("2026-H2"),
                LocalDate.of(2026, 6, 30)));
    }

    @Test
    void aDebriefingIsSubmittedOnceWithItsAchievements() {
        StarDebriefing debriefing = new StarDebriefing(farmer, H1, TODAY);
        debriefing.write("", "走访不够", false, NOW);
        assertRefused("debriefing.achievementsRequired", () -> debriefing.write(" ", "走访不够", true, NOW));
        debriefing.write("带头清理村道 6 次", "走访不够", true, NOW);
        assertTrue(debriefing.isSubmitted());
        assertRefused("debriefing.submitted", () -> debriefing.write("改", "", false, NOW));
        Person notVillage = withId(new Person(village, "钱多", IdCardNumber.withCheckCharacter("41052319800101002"),
                PartyStatus.FULL_MEMBER), 104L);
        assertRefused("stars.notVillageMember", () -> new StarDebriefing(notVillage, H1, TODAY));
    }

    static Person member(OrgUnit unit, long id, String name, VillageCategory category) {
        Person person = withId(new Person(unit, name, IdCardNumber.withCheckCharacter("41052319800101" + id),
                PartyStatus.FULL_MEMBER), id);
        person.placeInVillageCategory(category);
        return person;
    }
}
