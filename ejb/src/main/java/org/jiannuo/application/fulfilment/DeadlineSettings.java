package org.jiannuo.application.fulfilment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.domain.model.fulfilment.Deadlines;

/**
 * The deployment's {@link Deadlines}: the record day and the deadline warning, read once from the
 * configuration, so that the sweep and "what is due" are held to the same days.
 */
@ApplicationScoped
public class DeadlineSettings {

    @Inject
    @ConfigProperty(name = "jiannuo.reminders.record-day", defaultValue = "20")
    int recordDay;

    @Inject
    @ConfigProperty(name = "jiannuo.reminders.deadline-warning-days", defaultValue = "7")
    int warningDays;

    @Produces
    Deadlines deadlines() {
        return new Deadlines(recordDay, warningDays);
    }
}
