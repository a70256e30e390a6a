package org.jiannuo.application.stars;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jiannuo.domain.model.stars.StarBulletin;

/** A village's quarterly star bulletin as the screens show it; {@code editable} for its branch secretary's drafts. */
public record StarBulletinView(long id, long unitId, String unitName, String quarter, LocalDate heldOn,
        int attendees, String problems, String suggestions, List<ProgressLine> lines, boolean published,
        LocalDateTime publishedAt, boolean editable, long version) implements Serializable {

    static StarBulletinView of(StarBulletin bulletin, boolean secretary) {
        return new StarBulletinView(bulletin.getId(), bulletin.getUnit().getId(), bulletin.getUnit().getName(),
                bulletin.getPeriod().toString(), bulletin.getHeldOn(), bulletin.getAttendees(), bulletin.getProblems(),
                bulletin.getSuggestions(), bulletin.getProgress().stream().map(ProgressLine::of).toList(),
                bulletin.isPublished(), bulletin.getPublishedAt(), secretary && !bulletin.isPublished(),
                bulletin.getVersion());
    }
}
