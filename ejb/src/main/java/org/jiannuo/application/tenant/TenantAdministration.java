package org.jiannuo.application.tenant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantBinding;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantRepository;

/**
 * The platform administrator's work: list the organization departments, open a new one with its
 * first department admin, suspend and reactivate. Suspending changes no data of the tenant.
 */
@Stateless
public class TenantAdministration {

    static final String ENTITY_TYPE = "Tenant";

    @Inject
    Authorization authorization;

    @Inject
    TenantRepository tenants;

    @Inject
    TenantBinding tenantBinding;

    @Inject
    PlatformSetup platform;

    @Inject
    AuditTrail auditTrail;

    public List<TenantSummary> list() {
        requirePlatformAdmin();
        return tenants.all().stream().map(TenantSummary::of).toList();
    }

    /** Opens a tenant with its first department admin; the new tenant's own trail records it. */
    public TenantSummary open(String code, String name, String adminUsername, String adminPassword) {
        requirePlatformAdmin();
        if (tenants.findByCode(code).isPresent()) {
            throw new RuleViolation("tenant.codeTaken", code);
        }
        if (adminPassword == null || adminPassword.length() < 8) {
            throw new RuleViolation("tenant.passwordTooShort", 8);
        }
        Tenant tenant = platform.open(code, name, adminUsername, adminPassword,
                SeededNames.WORDS.text("tenant.firstAdmin"), Role.DEPARTMENT_ADMIN);
        auditTrail.record(AuditAction.CREATE, ENTITY_TYPE, tenant.getId(),
                AuditSummary.of(AuditEvent.TENANT_OPENED, name), null, state(tenant));
        return TenantSummary.of(tenant);
    }

    public TenantSummary suspend(String code) {
        return changeStatus(code, true);
    }

    public TenantSummary reactivate(String code) {
        return changeStatus(code, false);
    }

    private TenantSummary changeStatus(String code, boolean suspend) {
        requirePlatformAdmin();
        Tenant tenant = tenants.findByCode(code).orElseThrow(() -> new TenantNotFoundException(code));
        Map<String, Object> before = state(tenant);
        if (suspend) {
            tenant.suspend();
        } else {
            tenant.reactivate();
        }
        tenantBinding.bind(code);
        auditTrail.record(AuditAction.UPDATE, ENTITY_TYPE, tenant.getId(),
                AuditSummary.of(suspend ? AuditEvent.TENANT_SUSPENDED : AuditEvent.TENANT_REACTIVATED,
                        tenant.getName()), before, state(tenant));
        return TenantSummary.of(tenant);
    }

    private void requirePlatformAdmin() {
        authorization.requireRole(Role.PLATFORM_ADMIN);
    }

    private static Map<String, Object> state(Tenant tenant) {
        return Map.of("code", tenant.getCode(), "name", tenant.getName(), "status", tenant.getStatus());
    }
}
