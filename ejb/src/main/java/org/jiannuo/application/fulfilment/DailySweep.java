package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.domain.model.tenant.TenantRepository;

/**
 * Sweeps every tenant, each in its own transactions, then mails the reminders. A tenant that
 * fails is logged and skipped; the others are still swept.
 */
@Stateless
public class DailySweep {

    private static final Logger LOG = Logger.getLogger(DailySweep.class.getName());

    @Inject
    TenantRepository tenants;

    @Inject
    FulfilmentSweep sweep;

    @Inject
    ReminderMail mail;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runAll(LocalDate today) {
        for (String tenantCode : tenants.all().stream().map(tenant -> tenant.getCode()).toList()) {
            try {
                SweepResult result = run(tenantCode, today);
                LOG.log(Level.INFO, "Fulfilment sweep of {0} on {1}: {2}", new Object[] {tenantCode, today, result});
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Fulfilment sweep of " + tenantCode + " failed", e);
            }
        }
    }

    /** Sweeps one tenant as of {@code today} and mails its new reminders. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepResult run(String tenantCode, LocalDate today) throws Exception {
        return TenantContext.callAs(tenantCode, () -> {
            SweepResult result = sweep.sweep(today);
            int mails = 0;
            long after = 0;
            while (after >= 0) {
                ReminderMail.MailBatch batch = mail.mailBatch(after);
                mails += batch.sent();
                after = batch.lastPersonId();
            }
            return result.withMails(mails);
        });
    }
}
