package org.jiannuo.domain.model.stars;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** 1+2: an able member keeps one or two households; a third is refused; members who cannot need none. */
class LiaisonRuleTest {

    private final LiaisonRule rule = LiaisonRule.DEFAULT;

    @Test
    void anAbleMemberWithNoHouseholdFallsShort() {
        assertFalse(rule.isMet(VillageCategory.FARMING_IN_VILLAGE, 0));
        assertFalse(rule.isMet(VillageCategory.VILLAGE_CADRE, 0));
        assertDoesNotThrow(() -> rule.checkOneMore(0));
    }

    @Test
    void oneHouseholdMeetsTheRuleAndASecondMayFollow() {
        assertTrue(rule.isMet(VillageCategory.FARMING_IN_VILLAGE, 1));
        assertDoesNotThrow(() -> rule.checkOneMore(1));
    }

    @Test
    void twoHouseholdsMeetTheRuleAndAThirdIsRefused() {
        assertTrue(rule.isMet(VillageCategory.FARMING_IN_VILLAGE, 2));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> rule.checkOneMore(2));
        assertEquals("stars.liaisonFull", refused.code());
    }

    @Test
    void threeHouseholdsBreakTheRuleForEveryone() {
        assertFalse(rule.isMet(VillageCategory.FARMING_IN_VILLAGE, 3));
        assertFalse(rule.isMet(VillageCategory.NO_WORK_ABILITY, 3));
    }

    @Test
    void membersWithoutWorkAbilityOrAwayNeedNone() {
        assertTrue(rule.isMet(VillageCategory.NO_WORK_ABILITY, 0));
        assertTrue(rule.isMet(VillageCategory.WORKING_AWAY, 0));
    }

    @Test
    void theTenantSetsTheRange() {
        LiaisonRule three = new LiaisonRule(2, 3);
        assertFalse(three.isMet(VillageCategory.VILLAGE_CADRE, 1));
        assertTrue(three.isMet(VillageCategory.VILLAGE_CADRE, 3));
        assertDoesNotThrow(() -> three.checkOneMore(2));
        assertEquals("stars.liaisonRange", assertThrows(RuleViolation.class, () -> new LiaisonRule(3, 2)).code());
    }
}
