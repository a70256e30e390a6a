package org.jiannuo.application.stars;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.stars.FollowUpThresholds;

/**
 * A village's (or a township's) year-end follow-up: the thresholds in force, each member's line, and what the
 * caller may do in every village shown: pair lagging members and record help (the village's branch), mark reserve
 * cadres (the township above, the department).
 */
public record FollowUpView(long unitId, String unitName, int year, FollowUpThresholds thresholds,
        List<FollowUpLine> lines, boolean pairs, boolean marksReserve) implements Serializable {

    public List<FollowUpLine> commended() {
        return lines.stream().filter(FollowUpLine::commended).toList();
    }

    public List<FollowUpLine> lagging() {
        return lines.stream().filter(FollowUpLine::lagging).toList();
    }

    /** The best-star members a lagging member of the branch may be paired with. */
    public List<FollowUpLine> helpersFor(FollowUpLine member) {
        return commended().stream().filter(line -> line.unitId() == member.unitId()).toList();
    }
}
