package org.jiannuo.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.infrastructure.tenancy.TenantScoped;

@Stateless
@TenantScoped
public class TenantOverviewService {

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    public TenantOverview overview() {
        return new TenantOverview(units.countByType(), people.countByPartyStatus());
    }
}
