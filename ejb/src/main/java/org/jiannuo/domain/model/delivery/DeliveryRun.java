package org.jiannuo.domain.model.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * One period's generation of a subscription's documents, the job repository of the batch: the recipients are
 * worked through in the order of their keys, a chunk at a time, and the key of the last one done is the
 * checkpoint, stored in the transaction that stores the chunk's deliveries. A run is unique per subscription and
 * period, so two nodes firing at once start it once; a run whose node stopped is taken up again from its
 * checkpoint once its heartbeat is older than {@link #STALE_AFTER}.
 */
@Entity
@Table(name = "delivery_run")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class DeliveryRun {

    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    @Id
    @SequenceGenerator(name = "delivery_run_seq", sequenceName = "delivery_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_run_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @Column(nullable = false, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunState state;

    @Column(nullable = false)
    private int recipients;

    @Column(nullable = false)
    private int processed;

    @Column(nullable = false)
    private int delivered;

    @Column(name = "checkpoint_key")
    private String checkpoint;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "heartbeat_at")
    private LocalDateTime heartbeatAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Version
    private long version;

    protected DeliveryRun() {
    }

    public DeliveryRun(Subscription subscription, String period, LocalDateTime startedAt) {
        this.subscription = subscription;
        this.period = period;
        this.state = RunState.RUNNING;
        this.startedAt = startedAt;
    }

    /** Whether a node may take the run up at {@code now}: running and nobody's heartbeat is fresh. */
    public boolean isClaimable(LocalDateTime now) {
        return state == RunState.RUNNING && (heartbeatAt == null || !heartbeatAt.plus(STALE_AFTER).isAfter(now));
    }

    /** A node working the run says so before each chunk. */
    public void beat(LocalDateTime now) {
        heartbeatAt = now;
    }

    /** The chunk up to {@code lastKey} is stored: {@code done} recipients handled, {@code sent} of them delivered. */
    public void advance(String lastKey, int done, int sent, int total, LocalDateTime now) {
        if (state != RunState.RUNNING) {
            throw new RuleViolation("deliveryRun.notRunning");
        }
        checkpoint = lastKey;
        processed += done;
        delivered += sent;
        recipients = total;
        heartbeatAt = now;
    }

    public void complete(int total, LocalDateTime now) {
        recipients = total;
        state = RunState.COMPLETED;
        finishedAt = now;
    }

    /** Asks the run to stop between two chunks; a run no node works stops at once. */
    public void stop(LocalDateTime now) {
        if (state != RunState.RUNNING) {
            throw new RuleViolation("deliveryRun.notRunning");
        }
        state = isClaimable(now) ? RunState.STOPPED : RunState.STOPPING;
    }

    /** The node working the run saw the stop asked for. */
    public void stopped() {
        state = RunState.STOPPED;
        heartbeatAt = null;
    }

    /** Continues a stopped run from its checkpoint, on the next node that takes it up. */
    public void resume() {
        if (state != RunState.STOPPED && state != RunState.STOPPING) {
            throw new RuleViolation("deliveryRun.notStopped");
        }
        state = RunState.RUNNING;
        heartbeatAt = null;
    }

    /** 0 to 100, by recipients handled. */
    public int percent() {
        if (state == RunState.COMPLETED) {
            return 100;
        }
        return recipients == 0 ? 0 : Math.min(99, processed * 100 / recipients);
    }

    public Long getId() {
        return id;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public String getPeriod() {
        return period;
    }

    public RunState getState() {
        return state;
    }

    public int getRecipients() {
        return recipients;
    }

    public int getProcessed() {
        return processed;
    }

    public int getDelivered() {
        return delivered;
    }

    public String getCheckpoint() {
        return checkpoint;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }
}
