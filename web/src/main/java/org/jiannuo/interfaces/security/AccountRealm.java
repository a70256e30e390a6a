package org.jiannuo.interfaces.security;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
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
 * Authenticates against the tenant's accounts through the service layer, which checks the
 * password hash and keeps the lock-out count in the same transaction. The credentials are
 * therefore already verified when Shiro would compare them.
 */
public class AccountRealm extends AuthorizingRealm {

    public AccountRealm() {
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthenticationTokenClass(UsernamePasswordToken.class);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        TenantUsernamePasswordToken tenantLogin = login instanceof TenantUsernamePasswordToken t ? t
                : TenantUsernamePasswordToken.fromQualifiedUsername(login.getUsername(), login.getPassword(),
                        login.getHost());
        try {
            AuthenticatedAccount account = CDI.current().select(AccountAuthentication.class).get()
                    .authenticate(tenantLogin.getTenantCode(), tenantLogin.getUsername(),
                            new String(tenantLogin.getPassword()));
            return new SimpleAuthenticationInfo(account, token.getCredentials(), getName());
        } catch (LoginRefusedException e) {
            throw new LoginRefusedAuthenticationException(e.refusal());
        }
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        AuthenticatedAccount account = principals.oneByType(AuthenticatedAccount.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        account.roles().forEach(role -> info.addRole(role.name()));
        return info;
    }
}
