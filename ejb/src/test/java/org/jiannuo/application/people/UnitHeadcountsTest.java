package org.jiannuo.application.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.jiannuo.application.people.UnitHeadcounts.Headcount;
import org.jiannuo.application.people.UnitHeadcounts.PageStart;
import org.junit.jupiter.api.Test;

class UnitHeadcountsTest {

    /** Two units of the same name, told apart by their ids, and an empty one: 3 + 2 + 0 + 4 people. */
    private final UnitHeadcounts units = new UnitHeadcounts(List.of(
            new Headcount("一支部", 7, 3), new Headcount("一支部", 9, 2), new Headcount("二支部", 4, 0),
            new Headcount("三支部", 5, 4)));

    @Test
    void aPageStartsInTheUnitThatHoldsItsFirstRow() {
        assertEquals(Optional.of(new PageStart("一支部", 7, 0)), units.startOf(0, true));
        assertEquals(Optional.of(new PageStart("一支部", 7, 2)), units.startOf(2, true));
        assertEquals(Optional.of(new PageStart("一支部", 9, 0)), units.startOf(3, true));
        assertEquals(Optional.of(new PageStart("三支部", 5, 0)), units.startOf(5, true), "the empty unit is skipped");
        assertEquals(Optional.of(new PageStart("三支部", 5, 3)), units.startOf(8, true));
    }

    @Test
    void descendingTheUnitsComeLastFirst() {
        assertEquals(Optional.of(new PageStart("三支部", 5, 0)), units.startOf(0, false));
        assertEquals(Optional.of(new PageStart("一支部", 9, 1)), units.startOf(5, false));
        assertEquals(Optional.of(new PageStart("一支部", 7, 0)), units.startOf(6, false));
    }

    @Test
    void pastTheLastRowThereIsNoStart() {
        assertEquals(Optional.empty(), units.startOf(9, true));
        assertEquals(Optional.empty(), units.startOf(9, false));
        assertEquals(Optional.empty(), new UnitHeadcounts(List.of()).startOf(0, true));
    }
}
