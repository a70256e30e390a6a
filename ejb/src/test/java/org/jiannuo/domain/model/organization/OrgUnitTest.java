package org.jiannuo.domain.model.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        assertThrows(IllegalArgumentException.class, () -> branch.addChild(OrgUnitType.BRANCH, "x"));
        assertEquals(1, branch.getDepth());
    }

    @Test
    void refusesBlankNamesAndPathsBeforeIds() {
        assertThrows(IllegalArgumentException.class, () -> OrgUnit.root(OrgUnitType.COMMITTEE, "  "));
        assertThrows(IllegalStateException.class, () -> OrgUnit.root(OrgUnitType.COMMITTEE, "党委").completeTreePath());
    }
}
