package org.jiannuo.domain.model.appraisal;

import org.jiannuo.domain.model.quota.Quota;

/**
 * "Pioneers are held to about 15%" (seed 004): a {@link Quota} of the "about" kind on each graded group,
 * the percent being the department's setting. At 15%: groups of 1–3 have no pioneer (one would be 33%
 * or more), groups of 4–9 one, 10–16 two, 20 three, 100 fifteen.
 */
public final class PioneerCap {

    private PioneerCap() {
    }

    public static Quota of(int percent) {
        return Quota.about(percent);
    }

    public static int limit(int graded, int percent) {
        return of(percent).limit(graded);
    }

    /** Refuses to confirm a group with more pioneers than its cap. */
    public static void require(long pioneers, int graded, int percent) {
        of(percent).require(pioneers, graded, "grading.pioneerCap");
    }

    /** The largest group that has no pioneer at this percent (the small-group rule). */
    public static int largestGroupWithoutPioneer(int percent) {
        return of(percent).largestGroupWithoutAny();
    }
}
