package org.jiannuo.application.yearend;

import java.io.Serializable;
import org.jiannuo.domain.model.yearend.AnnualGrade;

/**
 * One member of a published branch on the reward screen: the published result, the model post or the personal
 * rectification given (null when none), and whether the caller may designate or order one now.
 */
public record RewardLine(long personId, String name, AnnualGrade grade, ModelPostView modelPost,
        PersonalRectificationView rectification, boolean mayDesignate, boolean mayOrder) implements Serializable {
}
