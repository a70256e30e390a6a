package org.jiannuo.application.delivery;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantRepository;

/** The tenants whose subscriptions the schedule fires: the active departments, not the platform. */
@Stateless
public class ScheduledTenants {

    @Inject
    TenantRepository tenants;

    public List<String> codes() {
        return tenants.all().stream().filter(Tenant::isActive)
                .filter(tenant -> !Tenant.PLATFORM_CODE.equals(tenant.getCode())).map(Tenant::getCode).toList();
    }
}
