package org.jiannuo.domain.model.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeSuggestionsTest {

    private static final Tally ALL_GOOD = new Tally(6, 0, 0, 0, 0);
    private static final Tally FIVE_GOOD = new Tally(5, 1, 0, 0, 0);
    private static final Tally FOUR_GOOD_TWO_FAIRLY_GOOD = new Tally(4, 2, 0, 0, 0);
    private static final Tally FOUR_GOOD_ONE_AVERAGE = new Tally(4, 1, 1, 0, 0);
    private static final Tally FAIRLY_GOOD = new Tally(1, 5, 0, 0, 0);
    private static final Tally AVERAGE = new Tally(0, 2, 4, 0, 0);
    private static final Tally POOR = new Tally(0, 2, 1, 3, 0);
    private static final Tally NOBODY_KNEW = new Tally(0, 0, 0, 0, 6);

    private static Map<String, Tally> tallies(Object... keysAndTallies) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (int i = 0; i < keysAndTallies.length; i += 2) {
            tallies.put((String) keysAndTallies[i], (Tally) keysAndTallies[i + 1]);
        }
        return tallies;
    }

    @Test
    void sevenSubjectsAtFifteenPercentKeepOnlyTheStrongestPioneer() {
        Map<String, Tally> group = tallies("P1", FOUR_GOOD_TWO_FAIRLY_GOOD, "P2", ALL_GOOD, "P3", FIVE_GOOD,
                "P4", FAIRLY_GOOD, "P5", AVERAGE, "P6", POOR, "P7", FAIRLY_GOOD);

        assertEquals(Map.of("P1", StarGrade.QUALIFIED, "P2", StarGrade.PIONEER, "P3", StarGrade.QUALIFIED,
                "P4", StarGrade.QUALIFIED, "P5", StarGrade.BASICALLY_QUALIFIED, "P6", StarGrade.LAGGING,
                "P7", StarGrade.QUALIFIED), GradeSuggestions.of(group, 15));
    }

    @Test
    void anEqualGoodShareIsDecidedByTheHigherMeanRating() {
        Map<String, Tally> group = tallies("P1", FOUR_GOOD_ONE_AVERAGE, "P2", FOUR_GOOD_TWO_FAIRLY_GOOD,
                "P3", FAIRLY_GOOD, "P4", FAIRLY_GOOD, "P5", FAIRLY_GOOD, "P6", FAIRLY_GOOD, "P7", FAIRLY_GOOD);

        Map<String, StarGrade> suggested = GradeSuggestions.of(group, 15);

        assertEquals(StarGrade.QUALIFIED, suggested.get("P1"));
        assertEquals(StarGrade.PIONEER, suggested.get("P2"));
    }

    @Test
    void equalTalliesAreDecidedByTheSubjectKeyWhateverTheOrderGiven() {
        Map<String, Tally> forward = tallies("P1", ALL_GOOD, "P2", ALL_GOOD, "P3", FAIRLY_GOOD, "P4", FAIRLY_GOOD,
                "P5", FAIRLY_GOOD, "P6", FAIRLY_GOOD, "P7", FAIRLY_GOOD);
        Map<String, Tally> backward = tallies("P7", FAIRLY_GOOD, "P6", FAIRLY_GOOD, "P5", FAIRLY_GOOD,
                "P4", FAIRLY_GOOD, "P3", FAIRLY_GOOD, "P2", ALL_GOOD, "P1", ALL_GOOD);

        Map<String, StarGrade> suggested = GradeSuggestions.of(forward, 15);

        assertEquals(StarGrade.PIONEER, suggested.get("P1"));
        assertEquals(StarGrade.QUALIFIED, suggested.get("P2"));
        assertEquals(suggested, GradeSuggestions.of(backward, 15));
    }

    @Test
    void aGroupOfThreeGetsNoPioneerSuggestion() {
        Map<String, Tally> group = tallies("P1", ALL_GOOD, "P2", FIVE_GOOD, "P3", AVERAGE);

        assertEquals(Map.of("P1", StarGrade.QUALIFIED, "P2", StarGrade.QUALIFIED, "P3", StarGrade.BASICALLY_QUALIFIED),
                GradeSuggestions.of(group, 15));
    }

    @Test
    void aHigherPercentLeavesRoomForMorePioneers() {
        Map<String, Tally> group = tallies("P1", FOUR_GOOD_TWO_FAIRLY_GOOD, "P2", ALL_GOOD, "P3", FIVE_GOOD,
                "P4", FAIRLY_GOOD, "P5", AVERAGE, "P6", POOR, "P7", FAIRLY_GOOD);

        Map<String, StarGrade> suggested = GradeSuggestions.of(group, 30);

        assertEquals(StarGrade.PIONEER, suggested.get("P2"));
        assertEquals(StarGrade.PIONEER, suggested.get("P3"));
        assertEquals(StarGrade.QUALIFIED, suggested.get("P1"));
    }

    @Test
    void subjectsNobodyKnewAreLeftOutButCountTowardsTheCap() {
        Map<String, Tally> group = tallies("P1", ALL_GOOD, "P2", NOBODY_KNEW, "P3", NOBODY_KNEW, "P4", FAIRLY_GOOD);

        assertEquals(Map.of("P1", StarGrade.PIONEER, "P4", StarGrade.QUALIFIED), GradeSuggestions.of(group, 15));
    }

    @Test
    void noTalliesSuggestNothing() {
        assertEquals(Map.of(), GradeSuggestions.of(Map.of(), 15));
    }
}
