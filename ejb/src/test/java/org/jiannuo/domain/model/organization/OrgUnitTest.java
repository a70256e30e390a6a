package org.jiannuo.domain.model.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

    @Test
    void branchesAreLeavesAndGeneralBranchesHoldNoCommittees() {
        assertTrue(OrgUnitType.COMMITTEE.canContain(OrgUnitType.COMMITTEE));
        assertTrue(OrgUnitType.COMMITTEE.canContain(OrgUnitType.BRANCH));
        assertTrue(OrgUnitType.GENERAL_BRANCH.canContain(OrgUnitType.BRANCH));
        assertFalse(OrgUnitType.GENERAL_BRANCH.canContain(OrgUnitType.COMMITTEE));
        for (OrgUnitType child : OrgUnitType.values()) {
            assertFalse(OrgUnitType.BRANCH.canContain(child));
        }
    }

    @Test
    void refusesAChildUnderABranch() {
        OrgUnit branch = OrgUnit.root(OrgUnitType.COMMITTEE, "城关镇党委").addChild(OrgUnitType.BRANCH, "东岭村党支部");

        assertThrows(RuleViolation.class, () -> branch.addChild(OrgUnitType.BRANCH, "x"));
        assertEquals(1, branch.getDepth());
    }

    @Test
    void refusesBlankNamesAndPathsBeforeIds() {
        assertThrows(RuleViolation.class, () -> OrgUnit.root(OrgUnitType.COMMITTEE, "  "));
        assertThrows(IllegalStateException.class, () -> OrgUnit.root(OrgUnitType.COMMITTEE, "党委").completeTreePath());
    }

    @Test
    void onlyAnEmptyUnitIsDissolvedAndADissolvedUnitChangesNoMore() {
        OrgUnit committee = OrgUnit.root(OrgUnitType.COMMITTEE, "城关镇党委");
        LocalDate today = LocalDate.of(2026, 2, 28);

        RuleViolation withPeople = assertThrows(RuleViolation.class, () -> committee.dissolve(today, 1, 0));
        assertEquals("unit.dissolveNotEmpty", withPeople.code());
        assertThrows(RuleViolation.class, () -> committee.dissolve(today, 0, 1));

        committee.dissolve(today, 0, 0);
        assertTrue(committee.isDissolved());
        assertThrows(RuleViolation.class, () -> committee.rename("新名称"));
        assertThrows(RuleViolation.class, () -> committee.addChild(OrgUnitType.BRANCH, "x"));
    }
}
