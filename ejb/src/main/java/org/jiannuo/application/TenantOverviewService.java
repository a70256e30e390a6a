package org.jiannuo.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.PersonRepository;

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
