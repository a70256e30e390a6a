package org.jiannuo.application.summary;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.summary.CoverageGap;

/**
 * Who in a subtree has the gap: the first {@link AnnualSummaries#LISTED} of them by unit and name, and how many
 * there are in all.
 */
public record CoverageList(CoverageGap gap, long count, List<Named> people) implements Serializable {

    public CoverageList {
        people = List.copyOf(people);
    }

    /** Whether there are more than the list shows. */
    public boolean cut() {
        return count > people.size();
    }

    public record Named(long personId, String name, String unitName) implements Serializable {
    }
}
