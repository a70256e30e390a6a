package org.jiannuo.application.delivery;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.delivery.Delivery;
import org.jiannuo.domain.model.delivery.DeliveryRepository;

/**
 * A recipient's inbox: every document delivered to them, newest first, kept as the archive of what was sent.
 * Nobody opens another's: a delivery of someone else is answered as not found.
 */
@Stateless
@TenantScoped
public class Inbox {

    static final String ENTITY = "Delivery";
    public static final int LARGEST_PAGE = 200;

    @Inject
    Authorization authorization;

    @Inject
    DeliveryRepository deliveries;

    private final Clock clock = Clock.systemDefaultZone();

    public ResultPage<InboxItem> mine(int first, int size) {
        Long person = authorization.currentScope().ownPersonId();
        if (person == null) {
            return new ResultPage<>(List.of(), 0);
        }
        int from = Math.max(0, first);
        int pageSize = Math.min(Math.max(1, size), LARGEST_PAGE);
        List<InboxItem> items = deliveries.deliveriesTo(person, from, pageSize).stream().map(InboxItem::of).toList();
        return ResultPage.of(items, from, pageSize, () -> deliveries.countDeliveriesTo(person));
    }

    public long unread() {
        Long person = authorization.currentScope().ownPersonId();
        return person == null ? 0 : deliveries.countUnreadTo(person);
    }

    /** The document of one's own delivery, which counts as read from now on. */
    public DeliveredFile open(long deliveryId) {
        AccessScope scope = authorization.currentScope();
        Delivery delivery = deliveries.findDelivery(deliveryId)
                .filter(found -> found.getRecipient().getId().equals(scope.ownPersonId()))
                .orElseThrow(() -> new DeliveryNotFoundException(ENTITY, deliveryId));
        delivery.markRead(LocalDateTime.now(clock));
        return new DeliveredFile(delivery.getFileName(), delivery.getDocument());
    }
}
