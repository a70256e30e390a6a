package org.jiannuo.domain.model.stars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.stars.StarSettings.AspectRule;
import org.jiannuo.domain.model.stars.StarSettings.CategoryCap;
import org.junit.jupiter.api.Test;

class StarCapTest {

    private static final Map<StarAspect, Integer> SEVEN = Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2,
            StarAspect.CUSTOMS, 2, StarAspect.LIAISON, 1);
    private static final Map<StarAspect, Integer> SIX = Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2,
            StarAspect.CUSTOMS, 2);

    @Test
    void theDefaultCapsAreTheSeeds() {
        StarRules rules = new StarRules();
        assertEquals(10, rules.capOf(VillageCategory.VILLAGE_CADRE));
        assertEquals(10, rules.capOf(VillageCategory.FARMING_IN_VILLAGE));
        assertEquals(6, rules.capOf(VillageCategory.NO_WORK_ABILITY));
        assertEquals(6, rules.capOf(VillageCategory.WORKING_AWAY));
    }

    @Test
    void aSixCapMemberCannotGetSevenStars() {
        StarRules rules = new StarRules();
        for (VillageCategory category : List.of(VillageCategory.NO_WORK_ABILITY, VillageCategory.WORKING_AWAY)) {
            StarCap cap = rules.capFor(category);
            RuleViolation refused = assertThrows(RuleViolation.class, () -> cap.check(AspectStars.of(SEVEN)));
            assertEquals("stars.aboveCap", refused.code());
            assertEquals(6, cap.check(AspectStars.of(SIX)).total());
        }
    }

    @Test
    void aTenCapMemberGetsSevenAndTenButNotEleven() {
        StarCap cap = new StarRules().capFor(VillageCategory.FARMING_IN_VILLAGE);
        assertEquals(7, cap.check(AspectStars.of(SEVEN)).total());
        Map<StarAspect, Integer> ten = Map.of(StarAspect.IDEOLOGY, 2, StarAspect.LAW, 2, StarAspect.CUSTOMS, 2,
                StarAspect.LIAISON, 2, StarAspect.POST, 2);
        assertEquals(10, cap.check(AspectStars.of(ten)).total());
        StarCap eleven = new StarCap(10, Map.of(StarAspect.IDEOLOGY, 3, StarAspect.LAW, 2, StarAspect.CUSTOMS, 2,
                StarAspect.LIAISON, 2, StarAspect.POST, 2));
        Map<StarAspect, Integer> tooMany = Map.of(StarAspect.IDEOLOGY, 3, StarAspect.LAW, 2, StarAspect.CUSTOMS, 2,
                StarAspect.LIAISON, 2, StarAspect.POST, 2);
        assertEquals("stars.aboveCap", assertThrows(RuleViolation.class,
                () -> eleven.check(AspectStars.of(tooMany))).code());
    }

    @Test
    void anAspectGivesNoMoreThanItsMost() {
        StarCap cap = new StarRules().capFor(VillageCategory.VILLAGE_CADRE);
        assertEquals("stars.aboveAspect", assertThrows(RuleViolation.class,
                () -> cap.check(AspectStars.of(Map.of(StarAspect.POST, 3)))).code());
    }

    @Test
    void aTenantSetsItsOwnCapPerCategory() {
        StarRules rules = new StarRules();
        rules.change(new StarSettings(List.of(new CategoryCap(VillageCategory.WORKING_AWAY, 7)),
                List.of(new AspectRule(StarAspect.IDEOLOGY, 3, "学党章党规")), 1, 2, List.of()));
        assertEquals(7, rules.capFor(VillageCategory.WORKING_AWAY).check(AspectStars.of(SEVEN)).total());
        assertEquals(6, rules.capOf(VillageCategory.NO_WORK_ABILITY));
        assertEquals("学党章党规", rules.standardOf(StarAspect.IDEOLOGY));
        assertEquals("stars.capRange", assertThrows(RuleViolation.class, () -> rules.change(new StarSettings(
                List.of(new CategoryCap(VillageCategory.WORKING_AWAY, 11)), List.of(), 1, 2, List.of()))).code());
        assertEquals(7, rules.capOf(VillageCategory.WORKING_AWAY), "a refused change changes nothing");
    }

    @Test
    void starsAreNeverNegative() {
        assertEquals("stars.negative", assertThrows(RuleViolation.class,
                () -> AspectStars.of(Map.of(StarAspect.LAW, -1))).code());
    }
}
