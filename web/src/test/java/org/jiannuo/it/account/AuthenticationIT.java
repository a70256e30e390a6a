package org.jiannuo.it.account;

import org.jiannuo.it.support.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.LoginRefusal;
import org.jiannuo.application.LoginRefusedException;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logins are checked per tenant, against a slow hash, and locked after repeated failures. */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

    private static final String LOCKOUT_TENANT = "it-lock";

    @EJB
    CountyProvisioning provisioning;

    @EJB
    AccountAuthentication authentication;

    @BeforeEach
    void tenants() {
        Fixtures.ensureTenant(provisioning, Fixtures.TENANT_A, 1);
        Fixtures.ensureTenant(provisioning, LOCKOUT_TENANT, 3);
    }

    @Test
    void theRightPasswordLogsInWithTheAccountsRoles() throws LoginRefusedException {
        AuthenticatedAccount account = authentication.authenticate(Fixtures.TENANT_A,
                StandardLogin.BRANCH_SECRETARY.username(), Fixtures.PASSWORD);

        assertEquals(Fixtures.TENANT_A, account.tenantCode());
        assertTrue(account.hasRole(Role.BRANCH_SECRETARY));
        assertTrue(account.scopeUnitId() != null, "a branch secretary acts on a branch");
    }

    @Test
    void refusalsNameTheirReason() {
        assertRefused(LoginRefusal.UNKNOWN_TENANT, "no-such-county", "admin", Fixtures.PASSWORD);
        assertRefused(LoginRefusal.BAD_CREDENTIALS, Fixtures.TENANT_A, "admin", "wrong-password");
        assertRefused(LoginRefusal.BAD_CREDENTIALS, Fixtures.TENANT_A, "nobody", Fixtures.PASSWORD);
        assertRefused(LoginRefusal.BAD_CREDENTIALS, Fixtures.TENANT_A, "admin", Fixtures.PASSWORD.toLowerCase());
    }

    @Test
    void anAccountLocksOnTheFifthWrongPasswordAndTheRightOneNoLongerOpensIt() throws LoginRefusedException {
        String user = StandardLogin.MEMBER.username();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertRefused(LoginRefusal.BAD_CREDENTIALS, LOCKOUT_TENANT, user, "wrong-" + attempt);
        }
        assertRefused(LoginRefusal.ACCOUNT_LOCKED, LOCKOUT_TENANT, user, "wrong-5");

        assertRefused(LoginRefusal.ACCOUNT_LOCKED, LOCKOUT_TENANT, user, Fixtures.PASSWORD);
        assertEquals(LOCKOUT_TENANT, authentication.authenticate(LOCKOUT_TENANT,
                StandardLogin.ADMIN.username(), Fixtures.PASSWORD).tenantCode(), "other accounts stay open");
    }

    private void assertRefused(LoginRefusal expected, String tenant, String username, String password) {
        LoginRefusedException refused = assertThrows(LoginRefusedException.class,
                () -> authentication.authenticate(tenant, username, password));
        assertEquals(expected, refused.refusal());
    }
}
