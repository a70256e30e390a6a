package org.jiannuo.it.platform;

import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.TenantProbe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.persistence.DatabaseMigration;
import org.jiannuo.infrastructure.persistence.DatabaseVendor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PostgreSQL's second wall: row-level security catches a native query that forgets its tenant filter, and the audit trail cannot be rewritten. */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

    @EJB
    CountyProvisioning provisioning;

    @EJB
    TenantProbe probe;

    @Inject
    DatabaseVendor vendor;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @BeforeEach
    void postgresqlWithTwoTenants() {
        Assumptions.assumeTrue(vendor.isPostgresql(), "row-level security is PostgreSQL's; this run is on H2");
        Fixtures.ensureTenant(provisioning, Fixtures.TENANT_A, 1);
        Fixtures.ensureTenant(provisioning, Fixtures.TENANT_B, 2);
    }

    @Test
    void anUnfilteredNativeQuerySeesOnlyTheTransactionsTenant() throws Exception {
        int peopleOfA = TenantContext.callAs(Fixtures.TENANT_A, probe::personIds).size();
        int peopleOfB = TenantContext.callAs(Fixtures.TENANT_B, probe::personIds).size();

        assertEquals(peopleOfA, TenantContext.callAs(Fixtures.TENANT_A, probe::countPeopleNatively));
        assertEquals(peopleOfB, TenantContext.callAs(Fixtures.TENANT_B, probe::countPeopleNatively));
    }

    @Test
    void theAuditTrailRefusesUpdatesAndDeletesEvenWithinItsTenant() throws Exception {
        TenantContext.callAs(Fixtures.TENANT_A, () -> {
            probe.appendAuditEntry("append-only check");
            return null;
        });

        for (String statement : new String[] {"UPDATE audit_entry SET summary = 'rewritten'", "DELETE FROM audit_entry"}) {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("SELECT set_config('jiannuo.tenant', '" + Fixtures.TENANT_A + "', false)");
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement));
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                sql.execute("SELECT set_config('jiannuo.tenant', '', false)");
            }
        }
    }

    @Test
    void aConnectionWithoutATenantSeesNoTenantRowsAndCannotWriteThem() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM person")) {
                rows.next();
                assertEquals(0, rows.getLong(1));
            }
            try (ResultSet tenants = sql.executeQuery("SELECT COUNT(*) FROM tenant")) {
                tenants.next();
                assertTrue(tenants.getLong(1) >= 2, "the tenant register itself is not tenant-owned");
            }
            assertEquals(0, sql.executeUpdate("UPDATE person SET phone = '13000000000'"), "no row to update");
        }
    }
}
