package org.jiannuo.application.delivery;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.fulfilment.MailAttachment;
import org.jiannuo.application.fulfilment.Mailer;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.delivery.Delivery;
import org.jiannuo.domain.model.delivery.DeliveryRepository;
import org.jiannuo.domain.model.delivery.MailRetry;

/**
 * Mails a delivery's document: attached up to {@code jiannuo.delivery.attachment-max-kilobytes}, past it a line
 * pointing to the inbox. The mail is claimed by one conditional update in the transaction that sends it, so of two
 * nodes one sends and the other finds it claimed or sent; a failure is kept with the time of the next attempt.
 */
@Stateless
@TenantScoped
public class DeliveryMail {

    private static final Logger LOG = Logger.getLogger(DeliveryMail.class.getName());
    private static final int RETRIES_PER_FIRING = 200;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "jiannuo.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "jiannuo.delivery.attachment-max-kilobytes", defaultValue = "2048")
    long attachmentMaxKilobytes;

    /** Sends the delivery's mail if it is due and nobody else has; true when this call sent it. */
    public boolean send(long deliveryId, LocalDateTime now) {
        if (!mailer.isEnabled() || !deliveries.claimMail(deliveryId, now)) {
            return false;
        }
        Delivery delivery = deliveries.findDelivery(deliveryId).orElseThrow();
        DeliveryText words = DeliveryText.in(accounts.findByPerson(delivery.getRecipient().getId())
                .map(UserAccount::getLanguage).orElse(null));
        boolean attached = delivery.fitsInMail(attachmentMaxKilobytes * 1024);
        try {
            mailer.send(delivery.getMailTo(), words.subject(delivery.getTitle()),
                    words.body(delivery.getRecipient().getName(), delivery.getTitle(), delivery.getPeriod(), attached,
                            publicUrl + "inbox.xhtml"),
                    attached ? new MailAttachment(delivery.getFileName(), "application/pdf", delivery.getDocument())
                            : null);
            deliveries.mailSent(deliveryId, now);
            return true;
        } catch (RuntimeException e) {
            int attempts = delivery.getMailAttempts() + 1;
            LOG.log(Level.WARNING, "Delivery mail {0} failed (attempt {1}): {2}",
                    new Object[] {deliveryId, attempts, e.getMessage()});
            deliveries.mailFailed(deliveryId, attempts, MailRetry.stateAfterFailure(attempts),
                    MailRetry.nextAttempt(attempts, now));
            return false;
        }
    }

    /** The deliveries whose mail is due: never sent (a node stopped before) or failed and due for another try. */
    public List<Long> due(LocalDateTime now) {
        return deliveries.mailsDue(now, RETRIES_PER_FIRING);
    }
}
