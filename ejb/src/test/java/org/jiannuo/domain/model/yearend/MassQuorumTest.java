package org.jiannuo.domain.model.yearend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "At least 80% of the branch's members" take part before the mass evaluation counts (seed 001), at its edges. */
class MassQuorumTest {

    private final MassQuorum eighty = YearEndRules.defaults().massQuorum();

    @Test
    void tenMembersCountWithEightNotSeven() {
        assertEquals(8, eighty.required(10));
        assertTrue(eighty.isMet(10, 8));
        assertFalse(eighty.isMet(10, 7));
    }

    @Test
    void oneMemberNeedsOne() {
        assertEquals(1, eighty.required(1));
        assertTrue(eighty.isMet(1, 1));
        assertFalse(eighty.isMet(1, 0));
    }

    @Test
    void threeMembersNeedThreeSinceTheShareIsRoundedUp() {
        assertEquals(3, eighty.required(3));
        assertTrue(eighty.isMet(3, 3));
        assertFalse(eighty.isMet(3, 2));
    }

    @ParameterizedTest(name = "{0} members at {1}% need {2}")
    @CsvSource({"5, 80, 4", "6, 80, 5", "100, 80, 80", "7, 50, 4", "10, 100, 10"})
    void theShareIsATenantSetting(int members, int percent, int needed) {
        assertEquals(needed, new MassQuorum(percent).required(members));
        assertFalse(new MassQuorum(percent).isMet(members, needed - 1));
    }
}
