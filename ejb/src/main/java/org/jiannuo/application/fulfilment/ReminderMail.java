package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;
import org.jiannuo.domain.model.fulfilment.Reminder;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/**
 * Mails each person one digest of their new reminders. A reminder read in the application before
 * the mail goes out is not mailed; a failed mail leaves its reminders for the next sweep.
 */
@Stateless
@TenantScoped
public class ReminderMail {

    private static final int PEOPLE_PER_BATCH = 100;

    @Inject
    FulfilmentRepository fulfilment;

    @Inject
    PersonRepository people;

    @Inject
    Mailer mailer;

    @Inject
    UserAccountRepository accounts;

    @Inject
    @ConfigProperty(name = "jiannuo.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** Mails one batch of people after {@code afterPersonId}; returns the last person handled, or -1 when done. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MailBatch mailBatch(long afterPersonId) {
        if (!mailer.isEnabled()) {
            return new MailBatch(-1, 0);
        }
        List<Long> recipients = fulfilment.peopleToMail(afterPersonId, PEOPLE_PER_BATCH);
        int sent = 0;
        for (long personId : recipients) {
            Person person = people.find(personId).orElseThrow();
            List<Reminder> reminders = fulfilment.unmailedOf(personId);
            List<Long> ids = reminders.stream().map(Reminder::getId).toList();
            if (ids.isEmpty() || fulfilment.claimForMail(ids, person.getEmail(), LocalDateTime.now()) != ids.size()) {
                continue;
            }
            // In the language the person chose for their account; Chinese when they have none.
            ReminderText words = ReminderText.in(accounts.findByPerson(personId).map(UserAccount::getLanguage)
                    .orElse(null));
            // A failure rolls the claims back with the batch: the reminders wait for the next sweep.
            mailer.send(person.getEmail(), words.subject(reminders.size()),
                    words.digest(person.getName(), reminders, publicUrl));
            sent++;
        }
        return new MailBatch(recipients.size() < PEOPLE_PER_BATCH ? -1 : recipients.get(recipients.size() - 1), sent);
    }

    /** @param lastPersonId where the next batch starts, or -1 when every person was handled */
    public record MailBatch(long lastPersonId, int sent) {
    }
}
