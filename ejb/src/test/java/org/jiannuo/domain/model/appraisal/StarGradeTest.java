package org.jiannuo.domain.model.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StarGradeTest {

    @ParameterizedTest(name = "{0} with no suggestion needs no reason")
    @EnumSource(StarGrade.class)
    void aGradeWithoutSuggestionNeedsNoReason(StarGrade given) {
        assertFalse(given.needsReasonAgainst(null));
    }

    @ParameterizedTest(name = "{0} where the ballot suggested {1}: reason needed {2}")
    @CsvSource({
            "PIONEER, PIONEER, false",
            "PIONEER, QUALIFIED, true",
            "PIONEER, BASICALLY_QUALIFIED, true",
            "PIONEER, LAGGING, true",
            "QUALIFIED, PIONEER, false",
            "QUALIFIED, QUALIFIED, false",
            "QUALIFIED, BASICALLY_QUALIFIED, true",
            "QUALIFIED, LAGGING, true",
            "BASICALLY_QUALIFIED, PIONEER, true",
            "BASICALLY_QUALIFIED, QUALIFIED, true",
            "BASICALLY_QUALIFIED, BASICALLY_QUALIFIED, false",
            "BASICALLY_QUALIFIED, LAGGING, true",
            "LAGGING, PIONEER, true",
            "LAGGING, QUALIFIED, true",
            "LAGGING, BASICALLY_QUALIFIED, true",
            "LAGGING, LAGGING, false"})
    void aGradeAgainstTheBallotNeedsAReasonExceptQualifiedForASuggestedPioneer(StarGrade given, StarGrade suggested,
            boolean expected) {
        assertEquals(expected, given.needsReasonAgainst(suggested));
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({"PIONEER, ★", "QUALIFIED, ☆", "BASICALLY_QUALIFIED, ○", "LAGGING, △"})
    void eachGradeHasItsSymbol(StarGrade grade, String symbol) {
        assertEquals(symbol, grade.symbol());
    }
}
