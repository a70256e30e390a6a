package org.jiannuo.domain.model.summary;

import java.io.Serializable;

/**
 * Where a member stands in a half by {@link StandingRule}, with the figures that put them there.
 *
 * @param pioneerMonths months graded 先锋 ★
 * @param laggingMonths months graded 后进 △
 * @param lateItems     items late in the half
 * @param rectified     items with a rectification ordered in the half
 */
public record Standing(long personId, String name, Kind kind, int pioneerMonths, int laggingMonths, int lateItems,
        int rectified) implements Serializable {

    /** Praised as advanced (表扬先进), urged as lagging (督促后进), or neither. */
    public enum Kind {
        ADVANCED, LAGGING, NEITHER
    }
}
