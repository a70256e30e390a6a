package org.jiannuo.domain.model.appraisal;

import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * "Pioneers are held to about 15%" (seed 004): the most pioneers a group of {@code graded} subjects
 * may have is {@code graded × percent / 100} rounded half up. At 15%: groups of 1–3 have no pioneer
 * (one would be 33% or more), groups of 4–9 one, 10–16 two, 20 three, 100 fifteen.
 */
public final class PioneerCap {

    private PioneerCap() {
    }

    public static int limit(int graded, int percent) {
        return (graded * percent + 50) / 100;
    }

    /** Refuses to confirm a group with more pioneers than its cap. */
    public static void require(long pioneers, int graded, int percent) {
        int limit = limit(graded, percent);
        if (pioneers > limit) {
            throw new RuleViolation("grading.pioneerCap", pioneers, limit, graded, percent);
        }
    }
}
