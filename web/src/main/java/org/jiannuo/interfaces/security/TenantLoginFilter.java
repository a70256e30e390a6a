package org.jiannuo.interfaces.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;

/**
 * Form login with a tenant field; a new session id after login so that a planted one is worthless.
 * A login returns to the page the person asked for, never to an icon, a script or an AJAX call the
 * browser made on its own: anything but the GET of a page lands on the home page.
 */
public class TenantLoginFilter extends FormAuthenticationFilter {

    public static final String TENANT_PARAM = "tenant";
    public static final String REFUSAL_ATTRIBUTE = "loginRefusal";
    static final String FORM_EXPIRED = "FORM_EXPIRED";
    static final String CREDENTIALS = "CREDENTIALS";
    /** The login page's parameter saying that the person's session ran out ({@code param.expired} there). */
    private static final String SESSION_EXPIRED_PARAM = "expired";

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

    /** Only a page is worth returning to after the login; other requests are not remembered. */
    @Override
    protected void saveRequest(ServletRequest request) {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!isPartialRequest(http) && isPage(http.getMethod(), http.getRequestURI(), http.getContextPath())) {
            super.saveRequest(request);
        }
    }

    /** Back to the page asked for if it was a page (another filter may have saved something else), else home. */
    @Override
    protected void issueSuccessRedirect(ServletRequest request, ServletResponse response) throws Exception {
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        String contextPath = ((HttpServletRequest) request).getContextPath();
        if (saved != null && isPage(saved.getMethod(), saved.getRequestURI(), contextPath)) {
            WebUtils.issueRedirect(request, response, saved.getRequestUrl(), null, false);
        } else {
            WebUtils.issueRedirect(request, response, getSuccessUrl());
        }
    }

    /**
     * To the login page, saying so when the session ran out; an AJAX request gets a redirect the
     * Faces script in the browser follows, not a login page it cannot show.
     */
    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        boolean expired = http.getRequestedSessionId() != null && !http.isRequestedSessionIdValid();
        String loginUrl = getLoginUrl() + (expired ? "?" + SESSION_EXPIRED_PARAM + "=true" : "");
        if (isPartialRequest(http)) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setContentType("text/xml");
            out.setCharacterEncoding("UTF-8");
            out.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + http.getContextPath() + loginUrl + "\"/></partial-response>");
        } else {
            WebUtils.issueRedirect(request, response, loginUrl);
        }
    }

    /** A GET of a screen: the welcome path or a page, not a resource, the API or the login itself. */
    static boolean isPage(String method, String requestUri, String contextPath) {
        if (!"GET".equalsIgnoreCase(method) || requestUri == null || !requestUri.startsWith(contextPath)) {
            return false;
        }
        String path = requestUri.substring(contextPath.length());
        return path.equals("/") || path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/")
                && !path.startsWith("/api/") && !path.equals("/login.xhtml");
    }

    private static boolean isPartialRequest(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
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
