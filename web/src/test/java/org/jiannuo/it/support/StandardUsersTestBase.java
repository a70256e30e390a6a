package org.jiannuo.it.support;

import jakarta.ejb.EJB;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An in-container test of the services in a fixture tenant, acting as the tenant's standard logins
 * ({@link StandardLogin}), each signed in through the real authentication.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class StandardUsersTestBase {

    @EJB
    protected CountyProvisioning provisioning;

    @EJB
    protected AccountAuthentication authentication;

    protected AsUser admin;
    protected AsUser committeeSecretary;
    protected AsUser branchSecretary;
    protected AsUser administrativeHead;
    protected AsUser member;
    protected AsUser leader;

    /** Creates the fixture tenant from the seed unless it exists, and signs in each of its standard logins. */
    protected void signInStandardUsers(String tenant, long seed) throws Exception {
        Fixtures.ensureTenant(provisioning, tenant, seed);
        admin = login(tenant, StandardLogin.ADMIN);
        committeeSecretary = login(tenant, StandardLogin.COMMITTEE_SECRETARY);
        branchSecretary = login(tenant, StandardLogin.BRANCH_SECRETARY);
        administrativeHead = login(tenant, StandardLogin.ADMINISTRATIVE_HEAD);
        member = login(tenant, StandardLogin.MEMBER);
        leader = login(tenant, StandardLogin.LEADER);
    }

    /** The department admin of another tenant, the suite's shared fixture tenant A. */
    protected AsUser otherTenantAdmin() {
        try {
            Fixtures.ensureTenant(provisioning, Fixtures.TENANT_A, 1);
            return login(Fixtures.TENANT_A, StandardLogin.ADMIN);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private AsUser login(String tenant, StandardLogin login) throws Exception {
        return AsUser.login(authentication, tenant, login.username());
    }
}
