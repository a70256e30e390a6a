package org.jiannuo.application.delivery;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.delivery.DeliveryRepository;
import org.jiannuo.domain.model.delivery.Recipient;
import org.jiannuo.domain.model.delivery.ReportKind;
import org.jiannuo.domain.model.delivery.Subscription;

/** The department admin's report subscriptions: created, rescheduled, paused and resumed; never deleted (the archive names them). */
@Stateless
@TenantScoped
public class Subscriptions {

    static final String ENTITY = "Subscription";

    @Inject
    Authorization authorization;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    public List<SubscriptionView> list() {
        requireDepartment();
        return deliveries.subscriptions().stream().map(SubscriptionView::of).toList();
    }

    /** Who receives the subscription's next document: the holders of its post now, each with their unit. */
    public List<Recipient> recipients(long id) {
        requireDepartment();
        Subscription subscription = deliveries.findSubscription(id)
                .orElseThrow(() -> new DeliveryNotFoundException(ENTITY, id));
        return deliveries.holders(subscription.getAudience());
    }

    public SubscriptionView create(ReportKind report, Role audience, int dayOfMonth, int hour) {
        AccessScope scope = requireDepartment();
        Subscription subscription = new Subscription(report, audience, dayOfMonth, hour, scope.account().username(),
                LocalDateTime.now(clock));
        deliveries.store(subscription);
        deliveries.flush();
        auditTrail.record(AuditAction.CREATE, ENTITY, subscription.getId(),
                AuditSummary.of(AuditEvent.SUBSCRIPTION_CREATED, report, audience), null, subscription.auditState());
        return SubscriptionView.of(subscription);
    }

    public SubscriptionView reschedule(long id, long expectedVersion, int dayOfMonth, int hour) {
        return change(id, expectedVersion, subscription -> subscription.reschedule(dayOfMonth, hour));
    }

    public SubscriptionView pause(long id, long expectedVersion) {
        return change(id, expectedVersion, Subscription::pause);
    }

    public SubscriptionView resume(long id, long expectedVersion) {
        return change(id, expectedVersion, Subscription::resume);
    }

    private SubscriptionView change(long id, long expectedVersion, Consumer<Subscription> change) {
        requireDepartment();
        Subscription subscription = deliveries.findSubscription(id)
                .orElseThrow(() -> new DeliveryNotFoundException(ENTITY, id));
        if (subscription.getVersion() != expectedVersion) {
            throw new StaleEditException("Subscription " + id + " changed since it was opened");
        }
        Map<String, Object> before = subscription.auditState();
        change.accept(subscription);
        try {
            deliveries.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Subscription " + id + " was changed by someone else meanwhile");
        }
        auditTrail.record(AuditAction.UPDATE, ENTITY, id, AuditSummary.of(AuditEvent.SUBSCRIPTION_CHANGED,
                subscription.getReport(), subscription.getAudience()), before, subscription.auditState());
        return SubscriptionView.of(subscription);
    }

    private AccessScope requireDepartment() {
        AccessScope scope = authorization.currentScope();
        scope.requireRole(Role.DEPARTMENT_ADMIN);
        return scope;
    }
}
