package org.jiannuo.domain.model.yearend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.quota.Quota;
import org.jiannuo.domain.model.yearend.ResultSuggestion.Inputs;
import org.junit.jupiter.api.Test;

/** The stated rule of the suggested result, clause by clause. */
class ResultSuggestionTest {

    private static final Quota FIFTEEN = Quota.atMost(15);

    private static Map<String, Integer> ballot(int excellent, int qualified, int unqualified) {
        return Map.of("EXCELLENT", excellent, "QUALIFIED", qualified, "UNQUALIFIED", unqualified);
    }

    private static Map<String, Integer> mass(int satisfied, int basically, int dissatisfied) {
        return Map.of("SATISFIED", satisfied, "BASICALLY_SATISFIED", basically, "DISSATISFIED", dissatisfied);
    }

    @Test
    void moreThanHalfUnqualifiedBallotsSuggestUnqualified() {
        Map<String, AnnualGrade> suggested = ResultSuggestion.of(List.of(
                new Inputs("A", ballot(0, 4, 6), null),
                new Inputs("B", ballot(0, 5, 5), null)), FIFTEEN, 2);
        assertEquals(AnnualGrade.UNQUALIFIED, suggested.get("A"));
        assertEquals(AnnualGrade.QUALIFIED, suggested.get("B"), "half is not more than half");
    }

    @Test
    void theMassesDissatisfiedCountOnlyWhenTheMassEvaluationCounts() {
        Map<String, AnnualGrade> suggested = ResultSuggestion.of(List.of(
                new Inputs("A", ballot(0, 10, 0), mass(1, 1, 3)),
                new Inputs("B", ballot(0, 10, 0), null)), FIFTEEN, 2);
        assertEquals(AnnualGrade.UNQUALIFIED, suggested.get("A"));
        assertEquals(AnnualGrade.QUALIFIED, suggested.get("B"));
    }

    @Test
    void excellentNeedsAMajorityAndAPlaceWithinTheQuota() {
        // 20 members: 3 may be excellent; five have a majority of 优秀, ranked by their 优秀 ballots.
        List<Inputs> inputs = List.of(
                new Inputs("A", ballot(19, 1, 0), null),
                new Inputs("B", ballot(18, 2, 0), null),
                new Inputs("C", ballot(17, 3, 0), null),
                new Inputs("D", ballot(16, 4, 0), null),
                new Inputs("E", ballot(11, 9, 0), null),
                new Inputs("F", ballot(10, 10, 0), null));
        Map<String, AnnualGrade> suggested = ResultSuggestion.of(inputs, FIFTEEN, 20);
        assertEquals(List.of(AnnualGrade.EXCELLENT, AnnualGrade.EXCELLENT, AnnualGrade.EXCELLENT,
                AnnualGrade.QUALIFIED, AnnualGrade.QUALIFIED, AnnualGrade.QUALIFIED),
                List.of(suggested.get("A"), suggested.get("B"), suggested.get("C"), suggested.get("D"),
                        suggested.get("E"), suggested.get("F")));
    }

    @Test
    void thoseTiedAtTheQuotasEdgeAreAllLeftQualified() {
        List<Inputs> inputs = List.of(
                new Inputs("A", ballot(19, 1, 0), null),
                new Inputs("B", ballot(17, 3, 0), null),
                new Inputs("C", ballot(17, 3, 0), null),
                new Inputs("D", ballot(17, 3, 0), null));
        Map<String, AnnualGrade> suggested = ResultSuggestion.of(inputs, FIFTEEN, 20);
        assertEquals(AnnualGrade.EXCELLENT, suggested.get("A"));
        assertEquals(AnnualGrade.QUALIFIED, suggested.get("B"));
        assertEquals(AnnualGrade.QUALIFIED, suggested.get("C"));
        assertEquals(AnnualGrade.QUALIFIED, suggested.get("D"));
    }

    @Test
    void aSmallBranchIsSuggestedNoExcellent() {
        Map<String, AnnualGrade> suggested = ResultSuggestion.of(List.of(new Inputs("A", ballot(6, 0, 0), null)),
                FIFTEEN, 6);
        assertEquals(AnnualGrade.QUALIFIED, suggested.get("A"));
    }

    @Test
    void anUnqualifiedMemberIsNeverExcellent() {
        Map<String, AnnualGrade> suggested = ResultSuggestion.of(List.of(
                new Inputs("A", ballot(15, 5, 0), mass(0, 0, 8))), FIFTEEN, 20);
        assertEquals(AnnualGrade.UNQUALIFIED, suggested.get("A"));
    }
}
