package org.jiannuo.application.summary;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.summary.AnnualRecord;

/**
 * The annual assessment summary of a unit for the screen: its subtree's figures, those of each unit directly
 * below it side by side, the coverage lists, and the year of each person on its own roster (those of the units
 * below are read by opening them).
 */
public record AnnualOverview(int year, UnitFigures total, List<UnitFigures> children, List<CoverageList> coverage,
        List<AnnualRecord> roster) implements Serializable {

    public AnnualOverview {
        children = List.copyOf(children);
        coverage = List.copyOf(coverage);
        roster = List.copyOf(roster);
    }
}
