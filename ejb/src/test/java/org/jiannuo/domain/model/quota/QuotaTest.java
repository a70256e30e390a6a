package org.jiannuo.domain.model.quota;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotaTest {

    @ParameterizedTest(name = "a group of {0}: about 15% allows {1}, at most 15% allows {2}")
    @CsvSource({
            "1, 0, 0",
            "3, 0, 0",    // 0.45
            "4, 1, 0",    // 0.6: about rounds to one, at most stays under the share
            "6, 1, 0",    // 0.9
            "7, 1, 1",    // 1.05
            "10, 2, 1",   // 1.5: half rounds up
            "20, 3, 3",   // 3.0
            "100, 15, 15"})
    void fifteenPercent(int group, int about, int atMost) {
        assertEquals(about, Quota.about(15).limit(group));
        assertEquals(atMost, Quota.atMost(15).limit(group));
    }

    @ParameterizedTest(name = "a group of {0}: about 30% allows {1}, at most 30% allows {2}")
    @CsvSource({
            "1, 0, 0",    // 0.3
            "3, 1, 0",    // 0.9
            "4, 1, 1",    // 1.2
            "10, 3, 3",   // 3.0
            "30, 9, 9"})  // 9.0
    void thirtyPercent(int group, int about, int atMost) {
        assertEquals(about, Quota.about(30).limit(group));
        assertEquals(atMost, Quota.atMost(30).limit(group));
    }

    @Test
    void theSmallGroupRuleIsWhatTheRoundingLeaves() {
        assertEquals(3, Quota.about(15).largestGroupWithoutAny(), "pioneers: groups of 1–3 have none");
        assertEquals(6, Quota.atMost(15).largestGroupWithoutAny(), "excellent: groups of 1–6 have none");
        assertEquals(1, Quota.about(30).largestGroupWithoutAny());
        assertEquals(3, Quota.atMost(30).largestGroupWithoutAny());
        assertEquals(0, Quota.about(50).largestGroupWithoutAny(), "half of one rounds up to one");
        for (Quota quota : new Quota[] {Quota.about(15), Quota.atMost(15), Quota.about(30), Quota.atMost(30),
                Quota.about(7), Quota.atMost(1), Quota.about(100)}) {
            int largest = quota.largestGroupWithoutAny();
            assertEquals(0, quota.limit(largest), quota + " at " + largest);
            assertEquals(1, quota.limit(largest + 1), quota + " at " + (largest + 1));
        }
    }

    @ParameterizedTest(name = "{0} at about 15%: {1} pass, one more is refused")
    @CsvSource({"1, 0", "4, 1", "6, 1", "7, 1", "20, 3", "100, 15"})
    void aGroupMayHaveAsManyAsItsLimitButNotOneMore(int group, int limit) {
        Quota pioneers = Quota.about(15);
        assertDoesNotThrow(() -> pioneers.require(limit, group, "grading.pioneerCap"));
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> pioneers.require(limit + 1L, group, "grading.pioneerCap"));
        assertEquals("grading.pioneerCap", violation.code());
        assertArrayEquals(new Object[] {limit + 1L, limit, group, 15}, violation.arguments());
    }

    @Test
    void aQuotaIsAShareOfOneToAHundredPercent() {
        assertThrows(IllegalArgumentException.class, () -> Quota.about(0));
        assertThrows(IllegalArgumentException.class, () -> Quota.atMost(101));
        assertThrows(IllegalArgumentException.class, () -> new Quota(15, null));
        assertThrows(IllegalArgumentException.class, () -> Quota.about(15).limit(-1));
        assertEquals(1000, Quota.atMost(100).limit(1000));
    }
}
