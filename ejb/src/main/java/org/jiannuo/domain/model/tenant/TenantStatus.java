package org.jiannuo.domain.model.tenant;

public enum TenantStatus {
    ACTIVE,
    /** Nobody of a suspended tenant can log in; its data stays untouched. */
    SUSPENDED
}
