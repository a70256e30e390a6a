package org.jiannuo.application.audit;

import org.jiannuo.domain.model.audit.AuditAction;

/** Filters of the audit browser; null means "any". Newest first. */
public record AuditSearch(String actor, String entityType, Long entityId, AuditAction action, int first, int pageSize) {
}
