package org.jiannuo.interfaces.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.AuthenticatingFilter;
import org.apache.shiro.web.util.WebUtils;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.LoginRefusal;

/**
 * The API signs every call in from its own credentials: a personal token ({@code Authorization: Bearer …}),
 * or HTTP basic with {@code username@tenant}. A browser's session is enough only for a plain read (the
 * screens' download links), never for a call that changes anything, so that a page of another site cannot
 * make the API act with the victim's cookie ({@link SessionlessApiFilter} hides the session from such calls).
 * Refusals are 401 (429 when throttled or every hashing permit is taken).
 */
public class ApiAuthenticationFilter extends AuthenticatingFilter {

    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";

    /** Only a signed-in session's plain read; every other call authenticates from its own credentials. */
    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return SessionlessApiFilter.isSessionRead(WebUtils.toHttp(request)) && getSubject(request, response).isAuthenticated();
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        String header = ((HttpServletRequest) request).getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return refuse(response, 401, null);
        }
        return executeLogin(request, response);
    }

    @Override
    protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
        String header = ((HttpServletRequest) request).getHeader("Authorization").strip();
        String host = request.getRemoteAddr();
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith(BEARER)) {
            return new BearerToken(header.substring(BEARER.length()).strip(), host);
        }
        if (lower.startsWith(BASIC)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            return TenantUsernamePasswordToken.fromQualifiedUsername(colon < 0 ? decoded : decoded.substring(0, colon),
                    (colon < 0 ? "" : decoded.substring(colon + 1)).toCharArray(), host);
        }
        return new BearerToken("", host);
    }

    /** A one-time password opens nothing but the password change and {@code /me}: 403 for the rest. */
    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
            ServletResponse response) throws IOException {
        AuthenticatedAccount account = subject.getPrincipals().oneByType(AuthenticatedAccount.class);
        String path = WebUtils.getPathWithinApplication(WebUtils.toHttp(request));
        if (account.mustChangePassword() && !"/api/v1/me/password".equals(path) && !"/api/v1/me".equals(path)) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(403);
            http.setContentType("application/problem+json");
            http.getWriter().write("{\"type\":\"urn:jiannuo:problem:password-change-required\","
                    + "\"title\":\"Forbidden\",\"status\":403}");
            return false;
        }
        return true;
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
            ServletResponse response) {
        LoginRefusal refusal = e instanceof LoginRefusedAuthenticationException refused ? refused.refusal()
                : LoginRefusal.BAD_CREDENTIALS;
        try {
            return refuse(response, refusal.isCredentialRefusal() ? 401 : 429, refusal);
        } catch (IOException io) {
            throw new IllegalStateException(io);
        }
    }

    private static boolean refuse(ServletResponse response, int status, LoginRefusal refusal) throws IOException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(status);
        if (status == 401) {
            http.setHeader("WWW-Authenticate", "Basic realm=\"jiannuo\", Bearer realm=\"jiannuo\"");
        } else {
            http.setHeader("Retry-After", "60");
        }
        http.setContentType("application/problem+json");
        http.setCharacterEncoding("UTF-8");
        String type = status == 401 ? "unauthenticated" : refusal == LoginRefusal.BUSY ? "busy" : "throttled";
        http.getWriter().write("{\"type\":\"urn:jiannuo:problem:" + type + "\",\"title\":\""
                + (status == 401 ? "Unauthorized" : "Too Many Requests") + "\",\"status\":" + status + "}");
        return false;
    }
}
