package org.jiannuo.domain.model.audit;

/** Append-only: entries are added and read, never changed or removed. */
public interface AuditRepository {

    void append(AuditEntry entry);
}
