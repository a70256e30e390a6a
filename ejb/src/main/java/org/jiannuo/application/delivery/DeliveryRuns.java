package org.jiannuo.application.delivery;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.delivery.Delivery;
import org.jiannuo.domain.model.delivery.DeliveryRepository;
import org.jiannuo.domain.model.delivery.DeliveryRun;
import org.jiannuo.domain.model.delivery.Recipient;
import org.jiannuo.domain.model.delivery.RunState;
import org.jiannuo.domain.model.delivery.Subscription;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.tenant.TenantRepository;

/**
 * The job repository of report delivery: runs opened once per subscription and period, worked a chunk at a
 * time, each chunk's deliveries stored with the run's new checkpoint in one transaction; stopped and resumed from
 * the batch screen. The worker is the scheduler of the web module; the screen's actions are the department's.
 */
@Stateless
@TenantScoped
public class DeliveryRuns {

    static final String ENTITY = "DeliveryRun";

    @Inject
    DeliveryRepository deliveries;

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    TenantRepository tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail auditTrail;

    /** The subscriptions whose period is due at {@code now} and has no run yet, with that period. */
    public List<DueRun> due(LocalDateTime now) {
        List<DueRun> due = new ArrayList<>();
        for (Subscription subscription : deliveries.subscriptions()) {
            if (subscription.isDue(now)) {
                String period = subscription.periodDueAt(now);
                if (deliveries.run(subscription, period).isEmpty()) {
                    due.add(new DueRun(subscription.getId(), period));
                }
            }
        }
        return due;
    }

    /**
     * Opens the run of a subscription's period. Two nodes opening it at once: the unique key lets one insert
     * commit and fails the other's, which then has nothing to open.
     */
    public long open(DueRun due, LocalDateTime now) {
        Subscription subscription = deliveries.findSubscription(due.subscriptionId())
                .orElseThrow(() -> new DeliveryNotFoundException(Subscriptions.ENTITY, due.subscriptionId()));
        DeliveryRun run = new DeliveryRun(subscription, due.period(), now);
        deliveries.store(run);
        deliveries.flush();
        return run.getId();
    }

    /** The runs a node may take up now: new ones, resumed ones and those whose node stopped. */
    public List<Long> claimable(LocalDateTime now) {
        return deliveries.unfinishedRuns().stream().filter(run -> run.isClaimable(now)).map(DeliveryRun::getId)
                .toList();
    }

    /**
     * Takes the run up for this node by its heartbeat, in one conditional update: of two nodes taking it up at
     * once, one changes the row. False when the run is no longer claimable.
     */
    public boolean takeUp(long runId, LocalDateTime now) {
        return deliveries.takeUp(runId, now.minus(DeliveryRun.STALE_AFTER), now);
    }

    /**
     * The next {@code size} recipients after the run's checkpoint, the holders of the post as they are now; null
     * when the run is to stop (a stop was asked for) or is no longer running.
     */
    public RunChunk next(long runId, int size, LocalDateTime now) {
        DeliveryRun run = run(runId);
        if (run.getState() == RunState.STOPPING) {
            run.stopped();
            return null;
        }
        if (run.getState() != RunState.RUNNING) {
            return null;
        }
        run.beat(now);
        List<Recipient> holders = deliveries.holders(run.getSubscription().getAudience());
        String checkpoint = run.getCheckpoint();
        List<Recipient> after = holders.stream()
                .filter(recipient -> checkpoint == null || recipient.key().compareTo(checkpoint) > 0)
                .limit(size).toList();
        String tenantCode = currentTenant.code();
        String tenantName = tenants.findByCode(tenantCode).map(tenant -> tenant.getName()).orElse(tenantCode);
        return new RunChunk(runId, tenantCode, tenantName, run.getSubscription().getReport(), run.getPeriod(),
                checkpoint, after, holders.size());
    }

    /**
     * Stores a chunk's documents and moves the checkpoint past it, in one transaction: a node stopping after it
     * resumes after the chunk, one stopping before does the chunk again, and a document already delivered (by a
     * chunk done twice, a second firing or a second node) is not delivered again. Returns the new deliveries, to
     * be mailed once the transaction has committed. An empty chunk completes the run.
     */
    public List<Long> store(RunChunk chunk, List<GeneratedDocument> documents, LocalDateTime now) {
        DeliveryRun run = run(chunk.runId());
        if (!Objects.equals(run.getCheckpoint(), chunk.checkpoint())) {
            throw new ConcurrentRunException(chunk.runId());
        }
        if (chunk.isEmpty()) {
            run.complete(chunk.total(), now);
            return List.of();
        }
        Subscription subscription = run.getSubscription();
        List<Delivery> stored = new ArrayList<>();
        for (GeneratedDocument document : documents) {
            Recipient recipient = document.recipient();
            if (deliveries.delivered(subscription, run.getPeriod(), recipient.key())) {
                continue;
            }
            Delivery delivery = new Delivery(subscription, run.getPeriod(), recipient,
                    people.find(recipient.personId()).orElseThrow(), units.find(recipient.unitId()).orElseThrow(),
                    document.title(), document.fileName(), document.content(), now);
            deliveries.store(delivery);
            stored.add(delivery);
        }
        run.advance(chunk.lastKey(), chunk.recipients().size(), stored.size(), chunk.total(), now);
        deliveries.flush();
        return stored.stream().map(Delivery::getId).toList();
    }

    /** The latest runs with their progress, for the department. */
    public List<RunView> latest() {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        return deliveries.latestRuns(50).stream().map(RunView::of).toList();
    }

    public RunView stop(long runId, LocalDateTime now) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        DeliveryRun run = run(runId);
        Map<String, Object> before = state(run);
        run.stop(now);
        deliveries.flush();
        auditTrail.record(AuditAction.UPDATE, ENTITY, runId, AuditSummary.of(AuditEvent.DELIVERY_RUN_STOPPED,
                run.getSubscription().getReport(), run.getPeriod()), before, state(run));
        return RunView.of(run);
    }

    public RunView resume(long runId) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        DeliveryRun run = run(runId);
        Map<String, Object> before = state(run);
        run.resume();
        deliveries.flush();
        auditTrail.record(AuditAction.UPDATE, ENTITY, runId, AuditSummary.of(AuditEvent.DELIVERY_RUN_RESUMED,
                run.getSubscription().getReport(), run.getPeriod()), before, state(run));
        return RunView.of(run);
    }

    private static Map<String, Object> state(DeliveryRun run) {
        return Map.of("state", run.getState(), "processed", run.getProcessed(), "delivered", run.getDelivered());
    }

    private DeliveryRun run(long runId) {
        return deliveries.findRun(runId).orElseThrow(() -> new DeliveryNotFoundException(ENTITY, runId));
    }

    /** A subscription's period that is due and has no run yet. */
    public record DueRun(long subscriptionId, String period) implements Serializable {
    }
}
