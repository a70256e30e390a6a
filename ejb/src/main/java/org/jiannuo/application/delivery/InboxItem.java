package org.jiannuo.application.delivery;

import java.time.LocalDateTime;
import org.jiannuo.domain.model.delivery.Delivery;
import org.jiannuo.domain.model.delivery.MailState;
import org.jiannuo.domain.model.delivery.ReportKind;

/** A delivered document in its recipient's inbox, without its content. */
public record InboxItem(long id, ReportKind report, String period, String title, String unitName, long size,
        LocalDateTime deliveredAt, MailState mailState, boolean read) {

    static InboxItem of(Delivery delivery) {
        return new InboxItem(delivery.getId(), delivery.getReport(), delivery.getPeriod(), delivery.getTitle(),
                delivery.getUnit().getName(), delivery.getDocumentSize(), delivery.getDeliveredAt(),
                delivery.getMailState(), delivery.getReadAt() != null);
    }
}
