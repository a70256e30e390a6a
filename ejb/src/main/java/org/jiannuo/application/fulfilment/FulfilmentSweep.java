package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.fulfilment.Deadlines;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;
import org.jiannuo.domain.model.fulfilment.Rectification;
import org.jiannuo.domain.model.fulfilment.Reminder;
import org.jiannuo.domain.model.fulfilment.ReminderKind;

/**
 * The daily sweep of one tenant: flags items and rectifications whose deadline has passed, and
 * leaves reminders for a missing monthly record, a deadline ahead and a deadline missed. It is
 * safe to run twice, or on every node of a cluster: a flag is set once, a reminder left once.
 */
@Stateless
@TenantScoped
public class FulfilmentSweep {

    private static final int BATCH = 500;

    @Inject
    FulfilmentRepository fulfilment;

    @Inject
    Deadlines deadlines;

    /** Sweeps the tenant bound by the caller as of {@code today}, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SweepResult sweep(LocalDate today) {
        int overdue = fulfilment.markOverdue(deadlines, today);
        int rectificationsOverdue = fulfilment.markRectificationsOverdue(today);
        LocalDateTime now = LocalDateTime.now();
        int reminders = 0;
        Optional<YearMonth> recordExpected = deadlines.recordExpected(today);
        if (recordExpected.isPresent()) {
            String key = recordExpected.get().toString();
            reminders += remind(after -> fulfilment.withoutRecord(deadlines, today, key, after, BATCH),
                    ReminderKind.RECORD_MISSING, commitment -> key, now);
        }
        reminders += remind(after -> fulfilment.dueSoon(deadlines, today, after, BATCH), ReminderKind.DEADLINE_APPROACHING,
                commitment -> commitment.getDueDate().toString(), now);
        reminders += remind(after -> fulfilment.overdueUnreminded(after, BATCH), ReminderKind.OVERDUE,
                commitment -> "overdue", now);
        long after = 0;
        List<Rectification> rectifications;
        while (!(rectifications = fulfilment.overdueRectificationsUnreminded(after, BATCH)).isEmpty()) {
            for (Rectification rectification : rectifications) {
                fulfilment.store(new Reminder(rectification.getCommitment(), ReminderKind.RECTIFICATION_OVERDUE,
                        "R" + rectification.getId(), now));
            }
            reminders += rectifications.size();
            after = rectifications.get(rectifications.size() - 1).getId();
            fulfilment.flushAndClear();
        }
        return new SweepResult(overdue, rectificationsOverdue, reminders, 0);
    }

    private int remind(Batch batch, ReminderKind kind, Function<Commitment, String> periodKey, LocalDateTime now) {
        int left = 0;
        long after = 0;
        List<Commitment> items;
        while (!(items = batch.after(after)).isEmpty()) {
            for (Commitment commitment : items) {
                fulfilment.store(new Reminder(commitment, kind, periodKey.apply(commitment), now));
            }
            left += items.size();
            after = items.get(items.size() - 1).getId();
            fulfilment.flushAndClear();
        }
        return left;
    }

    @FunctionalInterface
    private interface Batch {
        List<Commitment> after(long id);
    }
}
