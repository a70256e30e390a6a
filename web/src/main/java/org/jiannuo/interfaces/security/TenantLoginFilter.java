package org.jiannuo.interfaces.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/** Form login with a tenant field; a new session id after login so that a planted one is worthless. */
public class TenantLoginFilter extends FormAuthenticationFilter {

    public static final String TENANT_PARAM = "tenant";
    public static final String REFUSAL_ATTRIBUTE = "loginRefusal";
    static final String FORM_EXPIRED = "FORM_EXPIRED";
    static final String CREDENTIALS = "CREDENTIALS";

    @Override
    protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
        return new TenantUsernamePasswordToken(
                trimmed(WebUtils.getCleanParam(request, TENANT_PARAM)).toLowerCase(Locale.ROOT),
                trimmed(getUsername(request)),
                getPassword(request) == null ? "" : getPassword(request),
                getHost(request));
    }

    /** A login form this application did not serve to this session is shown again, and nobody is signed in. */
    @Override
    protected boolean executeLogin(ServletRequest request, ServletResponse response) throws Exception {
        if (!LoginFormToken.isPresentIn((HttpServletRequest) request)) {
            request.setAttribute(getFailureKeyAttribute(), "forged or expired login form");
            request.setAttribute(REFUSAL_ATTRIBUTE, FORM_EXPIRED);
            return true;
        }
        return super.executeLogin(request, response);
    }

    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
            ServletResponse response) throws Exception {
        HttpServletRequest http = (HttpServletRequest) request;
        http.changeSessionId();
        AccountSessionFilter.signedIn(http.getSession());
        return super.onLoginSuccess(token, subject, request, response);
    }

    @Override
    protected void setFailureAttribute(ServletRequest request, AuthenticationException failure) {
        super.setFailureAttribute(request, failure);
        if (failure instanceof LoginRefusedAuthenticationException refused) {
            // One message for every refusal of credentials: the page tells nobody which tenants, usernames
            // or locked accounts exist.
            request.setAttribute(REFUSAL_ATTRIBUTE, refused.refusal().isCredentialRefusal() ? CREDENTIALS
                    : refused.refusal().name());
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
