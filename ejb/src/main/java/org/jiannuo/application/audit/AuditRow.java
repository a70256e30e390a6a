package org.jiannuo.application.audit;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.audit.AuditEntry;

/**
 * One entry of the trail as the screen shows it.
 *
 * @param summary the text the entry was written with: Chinese, or whatever an entry older than its event key says
 * @param event   what happened, worded in the reader's language by {@link #summaryIn}; empty for older entries
 */
public record AuditRow(long id, LocalDateTime occurredAt, String actor, String actorName, AuditAction action,
        String entityType, long entityId, String summary, Optional<AuditSummary> event, String beforeState,
        String afterState, List<FieldChange> changes) {

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getActorName(),
                entry.getAction(), entry.getEntityType(), entry.getEntityId(), entry.getSummary(),
                event(entry.getSummaryKey()).map(event -> AuditSummary.parse(event, entry.getSummaryArguments())),
                entry.getBeforeState(), entry.getAfterState(),
                FieldChange.between(entry.getBeforeState(), entry.getAfterState()));
    }

    /** The summary in the reader's language when the entry names its event; else the text it was written with. */
    public String summaryIn(Locale locale) {
        return event.map(AuditText.in(locale)::say).orElse(summary);
    }

    private static Optional<AuditEvent> event(String key) {
        return Arrays.stream(AuditEvent.values()).filter(event -> event.name().equals(key)).findFirst();
    }
}
