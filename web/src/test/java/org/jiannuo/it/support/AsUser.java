package org.jiannuo.it.support;

import java.util.concurrent.Callable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.jiannuo.domain.model.account.Grant;
import org.jiannuo.domain.model.account.Role;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.Subject;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.AuthenticatedAccount;

/** Runs in-container test code as a logged-in user: authenticated by the real service, bound as Shiro binds it. */
public final class AsUser {

    private final AuthenticatedAccount account;
    private final SecurityManager securityManager;

    private AsUser(AuthenticatedAccount account, SecurityManager securityManager) {
        this.account = account;
        this.securityManager = securityManager;
    }

    /** Logs in on the calling thread, which Shiro's filter has given the application's security manager. */
    public static AsUser login(AccountAuthentication authentication, String tenant, String username) throws Exception {
        return login(authentication, tenant, username, Fixtures.PASSWORD);
    }

    public static AsUser login(AccountAuthentication authentication, String tenant, String username, String password)
            throws Exception {
        return new AsUser(authentication.authenticate(tenant, username, password), SecurityUtils.getSecurityManager());
    }

    /**
     * A member's own account for a person of the roster, as the realm would build it after a login:
     * for tests that need many voters without creating a login for each.
     */
    public static AsUser member(AuthenticatedAccount like, long personId, long branchId) {
        return new AsUser(memberAccount(like, personId, branchId), SecurityUtils.getSecurityManager());
    }

    /**
     * {@link #member(AuthenticatedAccount, long, long)} bound to this user's security manager: a worker
     * thread has none, since only Shiro's filter binds it to the threads that serve requests.
     */
    public AsUser member(long personId, long branchId) {
        return new AsUser(memberAccount(account, personId, branchId), securityManager);
    }

    private static AuthenticatedAccount memberAccount(AuthenticatedAccount like, long personId, long branchId) {
        return new AuthenticatedAccount(like.tenantCode(), like.tenantName(), -personId, "voter-" + personId,
                "voter " + personId, List.of(new Grant(Role.MEMBER, branchId)), personId, 0, false);
    }

    /** A session already signed in, as the session filter hands it on after a refresh. */
    public static AsUser of(AuthenticatedAccount account) {
        return new AsUser(account, SecurityUtils.getSecurityManager());
    }

    public AuthenticatedAccount account() {
        return account;
    }

    /** Runs the work as this user on the calling thread; what the work throws comes out unwrapped. */
    public <T> T call(Callable<T> work) {
        Subject subject = new Subject.Builder(securityManager)
                .principals(new SimplePrincipalCollection(account, "test"))
                .authenticated(true)
                .buildSubject();
        try {
            return subject.execute(work);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

}
