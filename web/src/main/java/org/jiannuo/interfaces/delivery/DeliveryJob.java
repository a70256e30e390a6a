package org.jiannuo.interfaces.delivery;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.delivery.ConcurrentRunException;
import org.jiannuo.application.delivery.DeliveryMail;
import org.jiannuo.application.delivery.DeliveryRuns;
import org.jiannuo.application.delivery.GeneratedDocument;
import org.jiannuo.application.delivery.Recipients;
import org.jiannuo.application.delivery.RunChunk;
import org.jiannuo.application.delivery.ScheduledTenants;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.domain.model.delivery.Recipient;
import org.jiannuo.infrastructure.persistence.DatabaseOutage;

/**
 * The delivery batch. A firing opens the runs that are due, works every run a node may take up (new ones, resumed
 * ones, and those of a node that stopped) a chunk of {@code jiannuo.delivery.chunk-size} recipients at a time,
 * mails each chunk's deliveries once it is stored, and tries failed mails again. Every node of a cluster fires;
 * the run's unique key and heartbeat, the checkpoint and the delivery key keep each document delivered once.
 */
@ApplicationScoped
public class DeliveryJob {

    private static final Logger LOG = Logger.getLogger(DeliveryJob.class.getName());

    @Inject
    ScheduledTenants tenants;

    @Inject
    DeliveryRuns runs;

    @Inject
    DeliveryMail mail;

    @Inject
    RecipientDocuments documents;

    @Inject
    @ConfigProperty(name = "jiannuo.delivery.chunk-size", defaultValue = "20")
    int chunkSize;

    @Resource
    ManagedExecutorService executor;

    /** Fires every tenant's schedule as of {@code now}; a tenant that fails is logged and the others fired. */
    public void fire(LocalDateTime now) {
        for (String tenant : tenants.codes()) {
            try {
                fire(tenant, now);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Report delivery of " + tenant + " failed", e);
            }
        }
    }

    /** Fires one tenant's schedule as of {@code now}; returns how many documents this call delivered. */
    public int fire(String tenant, LocalDateTime now) throws Exception {
        openDue(tenant, now);
        return TenantContext.callAs(tenant, () -> {
            int delivered = 0;
            for (long runId : runs.claimable(now)) {
                delivered += work(tenant, runId, now, Integer.MAX_VALUE);
            }
            for (long deliveryId : mail.due(now)) {
                mail.send(deliveryId, now);
            }
            return delivered;
        });
    }

    /** Opens the runs of the tenant's subscriptions that are due at {@code now} and have none yet. */
    public void openDue(String tenant, LocalDateTime now) throws Exception {
        TenantContext.callAs(tenant, () -> {
            for (DeliveryRuns.DueRun due : runs.due(now)) {
                open(due, now);
            }
            return null;
        });
    }

    /** Works a resumed run on a worker thread, so the screen need not wait for the next firing. */
    public void resumeLater(String tenant, long runId) {
        executor.submit(() -> {
            try {
                TenantContext.callAs(tenant, () -> work(tenant, runId, LocalDateTime.now(), Integer.MAX_VALUE));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Resumed delivery run " + runId + " failed", e);
            }
        });
    }

    /**
     * Takes the run up and works at most {@code chunks} chunks of it; returns the documents delivered. A run
     * another node has taken up, or advanced meanwhile, is left to that node.
     */
    public int work(String tenant, long runId, LocalDateTime now, int chunks) throws Exception {
        return work(tenant, runId, now, chunks, chunkSize);
    }

    /** As {@link #work(String, long, LocalDateTime, int)}, with chunks of {@code size} recipients. */
    public int work(String tenant, long runId, LocalDateTime now, int chunks, int size) throws Exception {
        return TenantContext.callAs(tenant, () -> {
            if (!runs.takeUp(runId, now)) {
                return 0;
            }
            int delivered = 0;
            for (int done = 0; done < chunks; done++) {
                RunChunk chunk = runs.next(runId, size, now);
                if (chunk == null) {
                    break;
                }
                List<Long> stored;
                try {
                    stored = runs.store(chunk, generate(chunk), now);
                } catch (ConcurrentRunException e) {
                    LOG.log(Level.INFO, e.getMessage());
                    break;
                } catch (EJBException e) {
                    // The chunk rolled back (a delivery key taken meanwhile, the database away): the run keeps its
                    // checkpoint and is taken up again once its heartbeat is stale.
                    LOG.log(Level.WARNING, "A chunk of delivery run " + runId + " was not stored", e);
                    break;
                }
                for (long deliveryId : stored) {
                    mail.send(deliveryId, now);
                }
                delivered += stored.size();
                if (chunk.isEmpty()) {
                    break;
                }
            }
            return delivered;
        });
    }

    private void open(DeliveryRuns.DueRun due, LocalDateTime now) {
        try {
            runs.open(due, now);
        } catch (EJBException e) {
            // Another node opened it first: the unique key refused this one.
            LOG.log(Level.FINE, "Run of {0} opened elsewhere", due);
        }
    }

    private List<GeneratedDocument> generate(RunChunk chunk) throws Exception {
        List<GeneratedDocument> generated = new ArrayList<>();
        for (Recipient recipient : chunk.recipients()) {
            try {
                Optional<GeneratedDocument> document = TenantContext.callOnBehalfOf(
                        Recipients.accountOf(recipient, chunk.tenantCode(), chunk.tenantName()),
                        () -> documents.make(recipient, chunk.report(), chunk.period()));
                document.ifPresent(generated::add);
            } catch (Exception e) {
                if (DatabaseOutage.causes(e)) {
                    // Stored without this recipient's document, the chunk would move the checkpoint past them:
                    // the run stops here instead and is taken up again after its checkpoint.
                    throw e;
                }
                LOG.log(Level.WARNING, "The " + chunk.report() + " of " + chunk.period() + " for recipient "
                        + recipient.key() + " failed", e);
            }
        }
        return generated;
    }
}
