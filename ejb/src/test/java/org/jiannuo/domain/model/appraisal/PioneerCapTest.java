package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PioneerCapTest {

    @ParameterizedTest(name = "{0} graded at 15% allow {1} pioneers")
    @CsvSource({"1, 0", "2, 0", "3, 0", "4, 1", "6, 1", "7, 1", "9, 1", "10, 2", "16, 2", "17, 3", "20, 3",
            "100, 15"})
    void fifteenPercentIsRoundedHalfUp(int graded, int expectedLimit) {
        assertEquals(expectedLimit, PioneerCap.limit(graded, 15));
    }

    @ParameterizedTest(name = "{1} graded at {0}% allow {2} pioneers")
    @CsvSource({"10, 4, 0", "10, 5, 1", "10, 10, 1", "10, 15, 2", "20, 7, 1", "20, 8, 2", "20, 10, 2",
            "50, 1, 1", "50, 3, 2", "50, 10, 5"})
    void otherPercentsAreRoundedHalfUpToo(int percent, int graded, int expectedLimit) {
        assertEquals(expectedLimit, PioneerCap.limit(graded, percent));
    }

    @ParameterizedTest(name = "{0} graded: {1} pioneers pass, one more is refused")
    @CsvSource({"1, 0", "4, 1", "6, 1", "7, 1", "20, 3", "100, 15"})
    void aGroupMayHaveAsManyPioneersAsItsLimitButNotOneMore(int graded, int limit) {
        assertDoesNotThrow(() -> PioneerCap.require(limit, graded, 15));

        RuleViolation violation = assertRefused("grading.pioneerCap",
                () -> PioneerCap.require(limit + 1L, graded, 15));

        assertArrayEquals(new Object[] {limit + 1L, limit, graded, 15}, violation.arguments());
    }
}
