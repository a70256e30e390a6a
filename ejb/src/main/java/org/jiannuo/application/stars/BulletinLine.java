package org.jiannuo.application.stars;

import java.time.LocalDate;

/**
 * One member's line of a published quarterly star bulletin with its branch's meeting, as the bulletin report reads
 * it: one branch's bulletin, or a township's collection of its branches' bulletins, branch after branch.
 */
public record BulletinLine(long bulletinId, String unitName, LocalDate heldOn, int attendees, String problems,
        String suggestions, boolean published, ProgressLine progress) {

    static BulletinLine of(StarBulletinView bulletin, ProgressLine line) {
        return new BulletinLine(bulletin.id(), bulletin.unitName(), bulletin.heldOn(), bulletin.attendees(),
                bulletin.problems(), bulletin.suggestions(), bulletin.published(), line);
    }
}
