package org.jiannuo.application.people;

import java.util.List;
import java.util.Optional;

/**
 * How many people a search finds in each unit, the units in the list's unit order (name, then id) as the database
 * sorted them. A page deep in a list sorted by unit starts at a known unit and a few rows into it: the database
 * then reads from that unit on instead of sorting everyone before the page.
 */
final class UnitHeadcounts {

    private final List<Headcount> units;

    UnitHeadcounts(List<Headcount> units) {
        this.units = List.copyOf(units);
    }

    /** One unit's people among those the search finds. */
    record Headcount(String unitName, long unitId, long people) {
    }

    /** Where the page starting at row {@code first} begins; empty past the last row. */
    Optional<PageStart> startOf(int first, boolean ascending) {
        long before = 0;
        for (int i = 0; i < units.size(); i++) {
            Headcount unit = units.get(ascending ? i : units.size() - 1 - i);
            if (before + unit.people() > first) {
                return Optional.of(new PageStart(unit.unitName(), unit.unitId(), (int) (first - before)));
            }
            before += unit.people();
        }
        return Optional.empty();
    }

    /**
     * A page begins {@code offset} rows into the people of this unit, the units before it (in the list's
     * direction) skipped whole.
     */
    record PageStart(String unitName, long unitId, int offset) {
    }
}
