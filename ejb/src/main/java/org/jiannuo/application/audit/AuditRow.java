package org.jiannuo.application.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.audit.AuditEntry;

public record AuditRow(long id, LocalDateTime occurredAt, String actor, String actorName, AuditAction action,
        String entityType, long entityId, String summary, String beforeState, String afterState,
        List<FieldChange> changes) {

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getActorName(),
                entry.getAction(), entry.getEntityType(), entry.getEntityId(), entry.getSummary(),
                entry.getBeforeState(), entry.getAfterState(),
                FieldChange.between(entry.getBeforeState(), entry.getAfterState()));
    }
}
