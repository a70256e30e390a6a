package org.jiannuo.application.tenant;

import java.time.LocalDateTime;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantStatus;

public record TenantSummary(String code, String name, TenantStatus status, LocalDateTime createdAt) {

    static TenantSummary of(Tenant tenant) {
        return new TenantSummary(tenant.getCode(), tenant.getName(), tenant.getStatus(), tenant.getCreatedAt());
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
