package org.jiannuo.application.summary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.summary.Bulletin;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.summary.BulletinText;
import org.jiannuo.domain.model.summary.LedgerFigures;

/**
 * A bulletin as its screen, the API and the PDF show it.
 *
 * @param editable whether the caller may still edit and publish it (a draft of a unit they keep)
 */
public record BulletinView(long id, long version, long unitId, String unitName, BulletinKind kind, String period,
        LedgerFigures figures, BulletinText text, String draftedBy, LocalDateTime draftedAt, LocalDateTime publishedAt,
        boolean editable) implements Serializable {

    static BulletinView of(Bulletin bulletin, boolean mayEdit) {
        return new BulletinView(bulletin.getId(), bulletin.getVersion(), bulletin.getUnit().getId(),
                bulletin.getUnit().getName(), bulletin.getKind(), bulletin.getPeriod().toString(), bulletin.figures(),
                bulletin.text(), bulletin.getDraftedBy(), bulletin.getDraftedAt(), bulletin.getPublishedAt(),
                mayEdit && !bulletin.isPublished());
    }

    public boolean published() {
        return publishedAt != null;
    }
}
