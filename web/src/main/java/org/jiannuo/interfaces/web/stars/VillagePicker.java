package org.jiannuo.interfaces.web.stars;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.application.stars.VillageOption;

/**
 * The villages a star screen's caller reads, for staff over several of them (a township, the department): the
 * screen opens on the one asked for, else on the caller's own unit, else on the first.
 */
final class VillagePicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<VillageOption> villages;

    VillagePicker(StarTargets targets) {
        this.villages = targets.villages();
    }

    Long choose(Long asked, Long own) {
        if (asked != null) {
            return asked;
        }
        if (own != null && (villages.isEmpty() || villages.stream().anyMatch(v -> v.id() == own))) {
            return own;
        }
        return villages.isEmpty() ? own : villages.get(0).id();
    }

    List<VillageOption> villages() {
        return villages;
    }

    /** Shown only when there is a choice to make. */
    boolean isShown() {
        return villages.size() > 1;
    }
}
