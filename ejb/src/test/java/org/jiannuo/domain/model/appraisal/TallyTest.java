package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TallyTest {

    @Test
    void nobodyKnowingTheSubjectGivesNoDirection() {
        assertNull(new Tally(0, 0, 0, 0, 5).direction());
        assertNull(Tally.EMPTY.direction());
    }

    @ParameterizedTest(name = "好{0} 较好{1} 一般{2} 差{3} 不了解{4}: {5}")
    @CsvSource({
            // more than a third poor
            "5, 0, 0, 3, 0, LAGGING",
            "0, 0, 0, 1, 0, LAGGING",
            "0, 0, 0, 1, 9, LAGGING",
            // exactly a third poor is not lagging
            "0, 4, 0, 2, 0, QUALIFIED",
            "4, 0, 0, 2, 0, PIONEER",
            // more than half average or poor
            "0, 3, 4, 0, 0, BASICALLY_QUALIFIED",
            "0, 2, 3, 1, 0, BASICALLY_QUALIFIED",
            // exactly half average or poor is not
            "0, 3, 3, 0, 0, QUALIFIED",
            "0, 3, 2, 1, 0, QUALIFIED",
            // at least two thirds good
            "4, 2, 0, 0, 0, PIONEER",
            "1, 0, 0, 0, 0, PIONEER",
            "3, 3, 0, 0, 0, QUALIFIED",
            "5, 3, 0, 0, 0, QUALIFIED",
            // unknown ballots do not count
            "2, 1, 0, 0, 5, PIONEER",
            "4, 2, 0, 0, 10, PIONEER",
            "0, 3, 3, 0, 7, QUALIFIED"})
    void theBallotPointsToAGrade(int good, int fairlyGood, int average, int poor, int unknown, StarGrade expected) {
        assertEquals(expected, new Tally(good, fairlyGood, average, poor, unknown).direction());
    }

    @ParameterizedTest(name = "a negative count at position {0} is refused")
    @CsvSource({"-1, 0, 0, 0, 0", "0, -1, 0, 0, 0", "0, 0, -1, 0, 0", "0, 0, 0, -1, 0", "0, 0, 0, 0, -1"})
    void negativeCountsAreRefused(int good, int fairlyGood, int average, int poor, int unknown) {
        assertRefused("ballot.negativeCount", () -> new Tally(good, fairlyGood, average, poor, unknown));
    }

    @Test
    void countsAreReadPerChoiceAndInTotal() {
        Tally tally = new Tally(5, 4, 3, 2, 1);

        assertEquals(15, tally.total());
        assertEquals(14, tally.known());
        assertEquals(5, tally.count(Choice.GOOD));
        assertEquals(4, tally.count(Choice.FAIRLY_GOOD));
        assertEquals(3, tally.count(Choice.AVERAGE));
        assertEquals(2, tally.count(Choice.POOR));
        assertEquals(1, tally.count(Choice.UNKNOWN));
    }

    @Test
    void theGoodShareAndMeanRatingLeaveOutUnknownBallots() {
        Tally tally = new Tally(2, 1, 1, 0, 6);

        assertEquals(0.5, tally.goodShare());
        assertEquals(3.25, tally.meanRating());
        assertEquals(0.0, Tally.EMPTY.goodShare());
        assertEquals(0.0, Tally.EMPTY.meanRating());
    }

    @Test
    void theStrongestComesFirstByGoodShareThenByMeanRating() {
        Tally allGood = new Tally(6, 0, 0, 0, 0);
        Tally fourGoodTwoFairlyGood = new Tally(4, 2, 0, 0, 0);
        Tally fourGoodOneFairlyGoodOneAverage = new Tally(4, 1, 1, 0, 0);

        assertTrue(Tally.STRONGEST_FIRST.compare(allGood, fourGoodTwoFairlyGood) < 0);
        assertTrue(Tally.STRONGEST_FIRST.compare(fourGoodTwoFairlyGood, fourGoodOneFairlyGoodOneAverage) < 0);
        assertTrue(Tally.STRONGEST_FIRST.compare(fourGoodOneFairlyGoodOneAverage, allGood) > 0);
        assertEquals(0, Tally.STRONGEST_FIRST.compare(new Tally(2, 1, 0, 0, 0), new Tally(4, 2, 0, 0, 3)));
    }
}
