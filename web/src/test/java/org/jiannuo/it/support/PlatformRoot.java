package org.jiannuo.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.tenant.PlatformSetup;
import org.jiannuo.application.tenant.TenantAdministration;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;

/**
 * The platform's root, opening empty tenants as the platform screen does, for tests that fill a tenant
 * themselves. Not an EJB: each service it calls commits on its own, so the new admin can sign in at once.
 */
@ApplicationScoped
public class PlatformRoot {

    @Inject
    PlatformSetup platformSetup;

    @Inject
    TenantAdministration administration;

    @Inject
    AccountAuthentication authentication;

    /** A new, empty tenant with its department admin, signed in with the fixtures' password. */
    public AsUser openTenant(String code, String name, String adminUsername) throws Exception {
        platformSetup.ensure(DemoTenantInstaller.PASSWORD);
        AsUser root = AsUser.login(authentication, Tenant.PLATFORM_CODE, PlatformSetup.ROOT_USERNAME,
                DemoTenantInstaller.PASSWORD);
        root.call(() -> administration.open(code, name, adminUsername, Fixtures.PASSWORD));
        return AsUser.login(authentication, code, adminUsername);
    }
}
