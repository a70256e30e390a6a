package org.jiannuo.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDateTime;
import java.util.Locale;
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

    private static final AuditText CHINESE = AuditText.in(Locale.SIMPLIFIED_CHINESE);

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    AuditRepository entries;

    @Inject
    CurrentTenant currentTenant;

    /**
     * The summary is stored as its event and arguments, to be worded in the reader's language, and as its Chinese
     * text, the tenants' language, for whoever reads the table without the application.
     */
    public void record(AuditAction action, String entityType, long entityId, AuditSummary summary,
            Map<String, Object> before, Map<String, Object> after) {
        AuthenticatedAccount actor = currentTenant.account().orElse(null);
        entries.append(new AuditEntry(LocalDateTime.now(),
                actor == null ? SYSTEM_ACTOR : actor.username(),
                actor == null ? SYSTEM_ACTOR : actor.displayName(),
                action, entityType, entityId, CHINESE.say(summary), summary.event().name(), summary.argumentsJson(),
                before == null ? null : jsonb.toJson(before),
                after == null ? null : jsonb.toJson(after)));
    }
}
