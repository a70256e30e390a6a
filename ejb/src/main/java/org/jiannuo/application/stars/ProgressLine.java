package org.jiannuo.application.stars;

import java.io.Serializable;
import java.util.Map;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarProgress;

/**
 * A member's progress on a quarterly star bulletin: the stars aimed for per aspect (none without a target) and the
 * log book's pages this year per aspect, with the secretary's remark.
 */
public record ProgressLine(long personId, String name, VillageCategory category, int cap, boolean targetWritten,
        Map<StarAspect, Integer> target, int targetTotal, Map<StarAspect, Integer> pages, String remark)
        implements Serializable {

    static ProgressLine of(StarProgress progress) {
        return new ProgressLine(progress.getPerson().getId(), progress.getMemberName(), progress.getCategory(),
                progress.getCap(), progress.isTargetWritten(), progress.getTarget().asMap(),
                progress.getTarget().total(), progress.pages(), progress.getRemark());
    }
}
