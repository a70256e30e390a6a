package org.jiannuo.it.platform;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.TenantProbe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.LoginRefusal;
import org.jiannuo.application.LoginRefusedException;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.application.tenant.PlatformSetup;
import org.jiannuo.application.tenant.TenantAdministration;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantStatus;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform administrator opens, suspends and reactivates tenants; nobody else can. */
@ExtendWith(ArquillianExtension.class)
class TenantAdministrationIT {

    private static final String SUSPENDED_TENANT = "it-suspend";

    @EJB
    CountyProvisioning provisioning;

    @EJB
    AccountAuthentication authentication;

    @EJB
    TenantAdministration administration;

    @EJB
    PlatformSetup platformSetup;

    @EJB
    TenantProbe probe;

    private AsUser root;

    @BeforeEach
    void platform() throws Exception {
        platformSetup.ensure(DemoTenantInstaller.PASSWORD);
        Fixtures.ensureTenant(provisioning, SUSPENDED_TENANT, 5);
        Fixtures.ensureTenant(provisioning, Fixtures.TENANT_A, 1);
        root = AsUser.login(authentication, Tenant.PLATFORM_CODE, PlatformSetup.ROOT_USERNAME, DemoTenantInstaller.PASSWORD);
    }

    @Test
    void anOpenedTenantsAdminCanLogIn() throws Exception {
        root.call(() -> administration.open("it-opened", "新开通县委组织部", "zuzhibu", "Opened#2026"));

        assertEquals("it-opened", authentication.authenticate("it-opened", "zuzhibu", "Opened#2026").tenantCode());
        assertTrue(root.call(administration::list).stream().anyMatch(t -> t.code().equals("it-opened")));
        assertEquals("tenant.codeTaken", assertThrows(RuleViolation.class, () -> root.call(() ->
                administration.open("it-opened", "重复", "admin", "Opened#2026"))).code());
        assertEquals("tenant.codeInvalid", assertThrows(RuleViolation.class, () -> root.call(() ->
                administration.open("Bad Code", "名称", "admin", "Opened#2026"))).code());
    }

    @Test
    void aSuspendedTenantCannotLogInAndLosesNothing() throws Exception {
        int peopleBefore = TenantContext.callAs(SUSPENDED_TENANT, probe::personIds).size();

        assertEquals(TenantStatus.SUSPENDED, root.call(() -> administration.suspend(SUSPENDED_TENANT)).status());
        LoginRefusedException refused = assertThrows(LoginRefusedException.class,
                () -> authentication.authenticate(SUSPENDED_TENANT, StandardLogin.ADMIN.username(), Fixtures.PASSWORD));
        assertEquals(LoginRefusal.TENANT_SUSPENDED, refused.refusal());
        assertEquals(peopleBefore, TenantContext.callAs(SUSPENDED_TENANT, probe::personIds).size());

        root.call(() -> administration.reactivate(SUSPENDED_TENANT));
        assertEquals(SUSPENDED_TENANT, authentication.authenticate(SUSPENDED_TENANT, StandardLogin.ADMIN.username(),
                Fixtures.PASSWORD).tenantCode());
    }

    @Test
    void onlyThePlatformAdministratorAdministersTenants() throws Exception {
        AsUser departmentAdmin = AsUser.login(authentication, Fixtures.TENANT_A, StandardLogin.ADMIN.username());

        assertThrows(AccessDeniedException.class, () -> departmentAdmin.call(administration::list));
        assertThrows(AccessDeniedException.class, () -> departmentAdmin.call(() -> administration.suspend(Fixtures.TENANT_A)));
        assertEquals("tenant.platformNotSuspended", assertThrows(RuleViolation.class,
                () -> root.call(() -> administration.suspend(Tenant.PLATFORM_CODE))).code());
    }
}
