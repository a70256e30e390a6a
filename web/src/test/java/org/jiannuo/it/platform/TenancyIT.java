package org.jiannuo.it.platform;

import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.TenantProbe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.TenantOverview;
import org.jiannuo.application.TenantOverviewService;
import org.jiannuo.application.tenancy.NoTenantException;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One tenant's data is invisible to another, whichever way it is asked for. */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    @EJB
    CountyProvisioning provisioning;

    @EJB
    TenantProbe probe;

    @EJB
    TenantOverviewService overviewService;

    @BeforeEach
    void tenants() {
        Fixtures.ensureTenant(provisioning, Fixtures.TENANT_A, 1);
        Fixtures.ensureTenant(provisioning, Fixtures.TENANT_B, 2);
    }

    @Test
    void aTenantSeesOnlyItsOwnPeople() throws Exception {
        List<Long> idsOfA = TenantContext.callAs(Fixtures.TENANT_A, probe::personIds);
        List<Long> idsOfB = TenantContext.callAs(Fixtures.TENANT_B, probe::personIds);

        assertFalse(idsOfA.isEmpty());
        assertFalse(idsOfB.isEmpty());
        Set<Long> overlap = new HashSet<>(idsOfA);
        overlap.retainAll(idsOfB);
        assertTrue(overlap.isEmpty(), "lists of two tenants share ids " + overlap);
    }

    @Test
    void anotherTenantsPersonIsNotFoundById() throws Exception {
        long personOfB = TenantContext.callAs(Fixtures.TENANT_B, probe::personIds).get(0);

        assertTrue(TenantContext.callAs(Fixtures.TENANT_B, () -> probe.personName(personOfB)).isPresent());
        assertTrue(TenantContext.callAs(Fixtures.TENANT_A, () -> probe.personName(personOfB)).isEmpty());
    }

    @Test
    void searchDoesNotReachAnotherTenant() throws Exception {
        List<Long> idsOfA = TenantContext.callAs(Fixtures.TENANT_A, probe::personIds);
        long personOfB = TenantContext.callAs(Fixtures.TENANT_B, probe::personIds).get(0);
        String nameInB = TenantContext.callAs(Fixtures.TENANT_B, () -> probe.personName(personOfB).orElseThrow());

        List<Long> foundFromA = TenantContext.callAs(Fixtures.TENANT_A, () -> probe.searchPeopleByName(nameInB));
        List<Long> foundFromB = TenantContext.callAs(Fixtures.TENANT_B, () -> probe.searchPeopleByName(nameInB));

        assertTrue(foundFromB.contains(personOfB));
        assertTrue(idsOfA.containsAll(foundFromA), "A's search returned rows that are not A's: " + foundFromA);
        assertFalse(foundFromA.contains(personOfB));
    }

    @Test
    void aggregatesCountOnlyTheTenantsOwnRows() throws Exception {
        TenantOverview a = TenantContext.callAs(Fixtures.TENANT_A, overviewService::overview);
        int peopleOfA = TenantContext.callAs(Fixtures.TENANT_A, probe::personIds).size();

        assertEquals(peopleOfA, a.totalPeople());
        assertEquals(3, a.totalUnits(), "1 committee and its 2 branches");
    }

    @Test
    void noTenantMeansNoAccess() {
        assertThrows(NoTenantException.class, probe::personIds);
    }
}
