package org.jiannuo.interfaces.security;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.LoginRefusedException;

/**
 * Authenticates against the tenant's accounts through the service layer, which checks the password
 * hash (or the API token), throttles and counts failures. The credentials are therefore already verified
 * when Shiro would compare them. Roles are read from the principal, which {@link AccountSessionFilter}
 * rebuilds from the posts on every request; Shiro's own authorization cache is off for that reason.
 */
public class AccountRealm extends AuthorizingRealm {

    /**
     * Looked up once: the service is a stateless bean whose reference serves every thread. Looking it up on each
     * sign-in made a new reference every time, each loading the bean's class under the application's class
     * loader lock, which every API call of a crowd of voters then queued for.
     */
    private volatile AccountAuthentication authentication;

    public AccountRealm() {
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthenticationTokenClass(AuthenticationToken.class);
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken || token instanceof BearerToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        AccountAuthentication authentication = authentication();
        try {
            AuthenticatedAccount account;
            if (token instanceof BearerToken bearer) {
                account = authentication.authenticateToken(bearer.getToken(), bearer.getHost());
            } else {
                UsernamePasswordToken login = (UsernamePasswordToken) token;
                TenantUsernamePasswordToken tenantLogin = login instanceof TenantUsernamePasswordToken t ? t
                        : TenantUsernamePasswordToken.fromQualifiedUsername(login.getUsername(), login.getPassword(),
                                login.getHost());
                account = authentication.authenticate(tenantLogin.getTenantCode(), tenantLogin.getUsername(),
                        new String(tenantLogin.getPassword()), String.valueOf(tenantLogin.getHost()));
            }
            return new SimpleAuthenticationInfo(account, token.getCredentials(), getName());
        } catch (LoginRefusedException e) {
            throw new LoginRefusedAuthenticationException(e.refusal());
        }
    }

    private AccountAuthentication authentication() {
        AccountAuthentication found = authentication;
        if (found == null) {
            found = CDI.current().select(AccountAuthentication.class).get();
            authentication = found;
        }
        return found;
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        AuthenticatedAccount account = principals.oneByType(AuthenticatedAccount.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        account.roles().forEach(role -> info.addRole(role.name()));
        return info;
    }
}
