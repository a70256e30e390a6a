package org.jiannuo.application.delivery;

import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.delivery.ReportKind;
import org.jiannuo.domain.model.delivery.Subscription;

/** A subscription as the department's screen and the API show it. */
public record SubscriptionView(long id, ReportKind report, Role audience, int dayOfMonth, int hour, boolean active,
        long version) {

    static SubscriptionView of(Subscription subscription) {
        return new SubscriptionView(subscription.getId(), subscription.getReport(), subscription.getAudience(),
                subscription.getDayOfMonth(), subscription.getHour(), subscription.isActive(),
                subscription.getVersion());
    }
}
