package org.jiannuo.application.yearend;

import java.io.Serializable;
import org.jiannuo.domain.model.yearend.BranchState;

/** A branch of a campaign in a list: where its evaluation stands. */
public record BranchSummary(long id, long unitId, String unitName, BranchState state) implements Serializable {
}
