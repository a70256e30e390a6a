package org.jiannuo.application.yearend;

import java.io.Serializable;
import java.util.List;

/** A branch's reward after its published year-end evaluation: its members' lines, by name. */
public record BranchRewards(long id, long unitId, String unitName, int year, boolean published,
        List<RewardLine> members) implements Serializable {
}
