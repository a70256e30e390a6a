package org.jiannuo.domain.model.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    TRANSFER,
    DISSOLVE,
    IMPORT
}
