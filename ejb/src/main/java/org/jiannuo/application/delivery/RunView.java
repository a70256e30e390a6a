package org.jiannuo.application.delivery;

import java.time.LocalDateTime;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.delivery.DeliveryRun;
import org.jiannuo.domain.model.delivery.ReportKind;
import org.jiannuo.domain.model.delivery.RunState;

/** A run's progress, for the batch screen and the API. */
public record RunView(long id, long subscriptionId, ReportKind report, Role audience, String period, RunState state, int recipients,
        int processed, int delivered, int percent, LocalDateTime startedAt, LocalDateTime finishedAt) {

    static RunView of(DeliveryRun run) {
        return new RunView(run.getId(), run.getSubscription().getId(), run.getSubscription().getReport(), run.getSubscription().getAudience(),
                run.getPeriod(), run.getState(), run.getRecipients(), run.getProcessed(), run.getDelivered(),
                run.percent(), run.getStartedAt(), run.getFinishedAt());
    }
}
