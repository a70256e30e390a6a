package org.jiannuo.interfaces.security;

import org.apache.shiro.authc.AuthenticationException;
import org.jiannuo.application.LoginRefusal;

/** Carries the service's reason for refusing a login through Shiro to the login page. */
public class LoginRefusedAuthenticationException extends AuthenticationException {

    private final LoginRefusal refusal;

    public LoginRefusedAuthenticationException(LoginRefusal refusal) {
        super(refusal.name());
        this.refusal = refusal;
    }

    public LoginRefusal refusal() {
        return refusal;
    }
}
