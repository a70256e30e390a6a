package org.jiannuo.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDateTime;
import java.util.Map;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.audit.AuditEntry;
import org.jiannuo.domain.model.audit.AuditRepository;

/** Records a change in the same transaction as the change itself: both commit or neither does. */
@ApplicationScoped
public class AuditTrail {

    static final String SYSTEM_ACTOR = "system";

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    AuditRepository entries;

    @Inject
    CurrentTenant currentTenant;

    public void record(AuditAction action, String entityType, long entityId, String summary,
            Map<String, Object> before, Map<String, Object> after) {
        AuthenticatedAccount actor = currentTenant.account().orElse(null);
        entries.append(new AuditEntry(LocalDateTime.now(),
                actor == null ? SYSTEM_ACTOR : actor.username(),
                actor == null ? SYSTEM_ACTOR : actor.displayName(),
                action, entityType, entityId, summary,
                before == null ? null : jsonb.toJson(before),
                after == null ? null : jsonb.toJson(after)));
    }
}
