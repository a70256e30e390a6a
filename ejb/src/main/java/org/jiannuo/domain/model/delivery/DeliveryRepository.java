package org.jiannuo.domain.model.delivery;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jiannuo.domain.model.account.Role;

/** Subscriptions, their runs and deliveries, and who holds a subscription's post now. */
public interface DeliveryRepository {

    void store(Subscription subscription);

    Optional<Subscription> findSubscription(long id);

    List<Subscription> subscriptions();

    void store(DeliveryRun run);

    Optional<DeliveryRun> findRun(long id);

    Optional<DeliveryRun> run(Subscription subscription, String period);

    /**
     * Takes the run up for one node: its heartbeat set to {@code now} in one conditional update, if it is running
     * and nobody's heartbeat is later than {@code staleBefore}. True for the one caller that changed the row.
     */
    boolean takeUp(long runId, LocalDateTime staleBefore, LocalDateTime now);

    /** The runs not completed, oldest first: for the nodes to take up, and for the progress screen. */
    List<DeliveryRun> unfinishedRuns();

    /** The latest runs of the tenant, newest first. */
    List<DeliveryRun> latestRuns(int limit);

    /** Every holder of a post giving this role over a unit that is not dissolved, who has not left, by key. */
    List<Recipient> holders(Role audience);

    boolean delivered(Subscription subscription, String period, String recipientKey);

    void store(Delivery delivery);

    void flush();

    Optional<Delivery> findDelivery(long id);

    /** The person's deliveries, newest first: their inbox and archive. */
    List<Delivery> deliveriesTo(long personId, int first, int size);

    long countDeliveriesTo(long personId);

    long countUnreadTo(long personId);

    /**
     * Claims the delivery's mail for this node: PENDING or FAILED whose next attempt is due becomes SENDING in one
     * conditional update. True for the one caller that changed the row.
     */
    boolean claimMail(long deliveryId, LocalDateTime now);

    void mailSent(long deliveryId, LocalDateTime now);

    void mailFailed(long deliveryId, int attempts, MailState state, LocalDateTime nextAttempt);

    /** The deliveries whose failed mail is due for another attempt. */
    List<Long> mailsDue(LocalDateTime now, int limit);
}
